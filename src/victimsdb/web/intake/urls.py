"""The public report form (the JSON twin is under /api/v1/reports)."""

from django.urls import path

from victimsdb.web.intake import views

app_name = "intake"
urlpatterns = [
    path("", views.report_form, name="report"),
]

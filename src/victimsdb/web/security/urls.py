"""Two-factor pages, mounted under /staff/two-factor/."""

from django.urls import path

from victimsdb.web.security import views

app_name = "security"
urlpatterns = [
    path("enrol/", views.enrol, name="enrol"),
    path("verify/", views.verify, name="verify"),
]

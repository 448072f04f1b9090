from django.urls import path

from victimsdb.web.api import views
from victimsdb.web.intake import api as intake_api

app_name = "api"
urlpatterns = [
    path("persons", views.person_list, name="persons"),
    path("persons/<int:entry_no>", views.person_detail, name="person"),
    path("persons/recent", views.recent, name="recent"),
    path("reports", intake_api.submit, name="reports"),
    path("openapi.json", views.openapi, name="openapi"),
]

from django.urls import path

from victimsdb.web.api import views

app_name = "api"
urlpatterns = [
    path("persons", views.person_list, name="persons"),
    path("persons/<int:entry_no>", views.person_detail, name="person"),
    path("openapi.json", views.openapi, name="openapi"),
]

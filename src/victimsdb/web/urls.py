"""The site's URLs: public pages, the JSON API, and the curators' admin."""

from django.contrib import admin
from django.urls import include, path

from victimsdb.web.public import views as public

urlpatterns = [
    path("", public.home, name="home"),
    path("persons/", public.person_list, name="person-list"),
    path("persons/<int:entry_no>/", public.person_detail, name="person-detail"),
    path("api/v1/", include("victimsdb.web.api.urls")),
    path("admin/", admin.site.urls),
]

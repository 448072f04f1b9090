"""The site's URLs: public pages, the report form, the JSON API, staff pages and the admin.

Everything under /admin/ and /staff/ needs a TOTP-verified staff user
(victimsdb.web.security.twofactor). URLs carry no language prefix: the
language is a cookie set by /i18n/setlang/ (Django's set_language), so an
entry's URL is the same in every language.
"""

from django.contrib import admin
from django.urls import include, path

from victimsdb.web.public import views as public

urlpatterns = [
    path("", public.home, name="home"),
    path("persons/", public.person_list, name="person-list"),
    path("persons/<int:entry_no>/", public.person_detail, name="person-detail"),
    path("", include("victimsdb.web.public.urls")),  # feed, sitemap, robots.txt
    path("report/", include("victimsdb.web.intake.urls")),
    path("staff/two-factor/", include("victimsdb.web.security.urls")),
    path("staff/", include("victimsdb.web.intake.staff.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", include("victimsdb.web.api.urls")),
    path("admin/", admin.site.urls),
]

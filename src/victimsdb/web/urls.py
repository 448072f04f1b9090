"""The site's URLs: public pages, the JSON API, and the staff's admin and pages.

Everything under /admin/ and /staff/ needs a TOTP-verified staff user
(victimsdb.web.security.twofactor).
"""

from django.contrib import admin
from django.urls import include, path

from victimsdb.web.public import views as public

urlpatterns = [
    path("", public.home, name="home"),
    path("persons/", public.person_list, name="person-list"),
    path("persons/<int:entry_no>/", public.person_detail, name="person-detail"),
    path("api/v1/", include("victimsdb.web.api.urls")),
    path("admin/", admin.site.urls),
    path("staff/two-factor/", include("victimsdb.web.security.urls")),
]

"""The public site's machine-readable doors: the Atom feed, the sitemap, robots.txt."""

from django.contrib.sitemaps import views as sitemaps
from django.urls import path

from victimsdb.web.public import views
from victimsdb.web.public.feeds import RecentEntriesFeed
from victimsdb.web.public.sitemaps import SITEMAPS

urlpatterns = [
    path("persons/feed.atom", RecentEntriesFeed(), name="person-feed"),
    path("robots.txt", views.robots_txt, name="robots"),
    path(
        "sitemap.xml",
        sitemaps.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemaps.sitemap, {"sitemaps": SITEMAPS}, name="sitemap-section"),
]

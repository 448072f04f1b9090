"""Staff pages: /staff/ (queues), reports, entries' review, intake."""

from django.urls import path

from victimsdb.web.intake.staff import entries, intake, queues, reports

app_name = "staff"
urlpatterns = [
    path("", queues.dashboard, name="dashboard"),
    path("reports/<int:pk>/", reports.report_detail, name="report"),
    path("reports/<int:pk>/draft/", reports.report_draft, name="report-draft"),
    path(
        "reports/<int:pk>/<str:step>/",
        reports.report_step,
        name="report-step",
    ),
    path("entries/<int:entry_no>/", entries.entry_review, name="entry"),
    path("entries/<int:entry_no>/<str:step>/", entries.entry_step, name="entry-step"),
    path("intake/", intake.intake_search, name="intake"),
    path("intake/new/", intake.intake_form, name="intake-new"),
]

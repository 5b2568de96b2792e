"""Public site URLs: every list and detail page also answers as ``.json`` (and lists as ``.csv``)."""

from django.urls import path, re_path

from protest_tracker.web import views, views_lists

app_name = "web"
SUFFIX = r"(?:\.(?P<suffix>json|csv))?"
EVENT_ID = r"(?P<public_id>[A-Za-z]{2}-\d{4}-\d{6})"
CAMPAIGN_ID = r"(?P<public_id>[A-Za-z0-9][A-Za-z0-9_-]{0,23}?)"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    re_path(rf"^events{SUFFIX}$", views_lists.event_list, name="events"),
    re_path(rf"^events/{EVENT_ID}{SUFFIX}$", views.event_detail, name="event"),
    re_path(rf"^campaigns{SUFFIX}$", views_lists.campaign_list, name="campaigns"),
    re_path(rf"^campaigns/{CAMPAIGN_ID}{SUFFIX}$", views.campaign_detail, name="campaign"),
    path("map.geojson", views_lists.map_data, name="map"),
    path("outlines.geojson", views_lists.outlines, name="outlines"),
    path("basemap.geojson", views_lists.basemap, name="basemap"),
]

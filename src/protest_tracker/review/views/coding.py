"""Double coding pages: samples, a coder's form, the agreement report and adjudication."""

from __future__ import annotations

from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from protest_tracker.errors import ReviewError
from protest_tracker.review import permissions
from protest_tracker.review.editable import FIELDS_BY_NAME
from protest_tracker.review.evidence import highlight
from protest_tracker.review.models import CodingAssignment, CodingSample
from protest_tracker.review.queue import filtered_events, parse_filters
from protest_tracker.review.services import coding as coding_services
from protest_tracker.review.views.actions import field_widgets
from protest_tracker.store.models import Event


class SampleForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Name"), max_length=200)
    coder_a = forms.ModelChoiceField(label=gettext_lazy("Coder A"), queryset=get_user_model().objects.none())
    coder_b = forms.ModelChoiceField(label=gettext_lazy("Coder B"), queryset=get_user_model().objects.none())
    size = forms.IntegerField(label=gettext_lazy("Size"), min_value=1, max_value=500, initial=20)
    events = forms.CharField(label=gettext_lazy("Events"), required=False, widget=forms.Textarea(attrs={"rows": 3}),
                             help_text=gettext_lazy("Public ids, one per line; empty = a random sample of the queue below."))
    status = forms.ChoiceField(label=gettext_lazy("Status"), initial="all",
                               choices=[("all", gettext_lazy("All")), ("open", gettext_lazy("Open")),
                                        ("verified", gettext_lazy("Verified")), ("published", gettext_lazy("Published"))])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        coders = get_user_model().objects.filter(groups__name__in=("admin", "coder"), is_active=True).distinct()
        self.fields["coder_a"].queryset = coders.order_by("username")
        self.fields["coder_b"].queryset = coders.order_by("username")


@require_GET
@permissions.require("code_sample")
def coding_home(request):
    """The user's assignments; admins also see every sample."""
    mine = CodingAssignment.objects.filter(coder=request.user).select_related("sample", "event")
    samples = CodingSample.objects.all() if permissions.can(request.user, "view_agreement") else []
    return render(request, "review/coding_home.html", {"assignments": mine, "samples": samples,
                                                       "actions": permissions.allowed_actions(request.user)})


@require_http_methods(["GET", "POST"])
@permissions.require("assign_sample")
def new_sample(request):
    form = SampleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        ids = [line.strip().upper() for line in data["events"].splitlines() if line.strip()]
        if ids:
            events = list(Event.objects.filter(public_id__in=ids))
        else:
            pool = filtered_events(parse_filters(QueryDict(urlencode({"status": data["status"]}))))
            events = coding_services.draw_sample(pool, size=data["size"])
        try:
            sample = coding_services.create_sample(name=data["name"], events=events, coder_a=data["coder_a"],
                                                   coder_b=data["coder_b"], actor=request.user)
            messages.success(request, gettext("Sample %(name)r assigned: %(n)s event(s) to two coders.") % {"name": sample.name,
                                                                                                          "n": len(events)})
            return redirect(f"/review/coding/{sample.pk}/")
        except ReviewError as exc:
            form.add_error(None, str(exc))
    return render(request, "review/coding_new.html", {"form": form}, status=400 if form.errors else 200)


@require_http_methods(["GET", "POST"])
@permissions.require("code_sample")
def code_assignment(request, assignment_id: int):
    """Code one event blind: the article text without the machine's or the other coder's values."""
    assignment = get_object_or_404(CodingAssignment.objects.select_related("sample", "event"), pk=assignment_id)
    if assignment.coder_id != request.user.pk:
        return render(request, "review/forbidden.html", {"reason": "This assignment belongs to another coder."},
                      status=403)
    if request.method == "POST":
        raw = {name: (request.POST.getlist(name) if FIELDS_BY_NAME[name].kind == "multi" else request.POST.get(name))
               for name in assignment.sample.fields}
        try:
            coding_services.submit_coding(assignment, raw, actor=request.user)
            following = CodingAssignment.objects.filter(coder=request.user, submitted_at__isnull=True).first()
            return redirect(f"/review/coding/assignment/{following.pk}/" if following else "/review/coding/")
        except ReviewError as exc:
            messages.error(request, str(exc))
    blank = Event(public_id=assignment.event.public_id, country=assignment.event.country)
    for name, value in (assignment.values or {}).items():
        setattr(blank, name, value)
    widgets = [w for w in field_widgets(blank, None) if w["spec"].name in assignment.sample.fields]
    reports = list(assignment.event.reports.select_related("article"))
    for report in reports:
        report.highlighted = highlight(report.article.text, [])
    return render(request, "review/coding_form.html", {"assignment": assignment, "widgets": widgets,
                                                       "reports": reports})


@require_GET
@permissions.require("view_agreement")
def sample_report(request, sample_id: int):
    """Per-field agreement (percent, Krippendorff's alpha) and the disagreements to adjudicate."""
    sample = get_object_or_404(CodingSample, pk=sample_id)
    assignments = sample.assignments.select_related("coder", "event")
    done = sum(1 for a in assignments if a.submitted_at)
    return render(request, "review/agreement.html", {
        "sample": sample, "rows": coding_services.agreement_report(sample),
        "disagreements": coding_services.disagreements(sample), "done": done, "total": len(assignments),
    })


@require_POST
@permissions.require("adjudicate")
def adjudicate(request, sample_id: int):
    sample = get_object_or_404(CodingSample, pk=sample_id)
    event = get_object_or_404(Event, public_id=request.POST.get("event", ""))
    field = request.POST.get("field", "")
    spec = FIELDS_BY_NAME.get(field)
    raw = request.POST.getlist("value") if spec and spec.kind == "multi" else request.POST.get("value", "")
    if spec and spec.kind == "multi" and raw == [""]:
        raw = []
    try:
        coding_services.adjudicate(sample, event, field, raw, actor=request.user)
        messages.success(request, gettext("%(id)s %(field)s: settled.") % {"id": event.public_id, "field": field})
    except ReviewError as exc:
        messages.error(request, str(exc))
    return redirect(f"/review/coding/{sample.pk}/")

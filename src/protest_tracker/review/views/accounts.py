"""Log-in (throttled), log-out and the two-factor pages."""

from __future__ import annotations

from urllib.parse import urlencode

from django import forms
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_http_methods

from protest_tracker.review import throttle, twofactor
from protest_tracker.store import audit


class ThrottledAuthenticationForm(AuthenticationForm):
    """Django's log-in form behind the per-user-name and per-address throttle."""

    def clean(self):
        username = self.data.get("username", "")
        address = throttle.client_address(self.request)
        try:  # check and count in one step: concurrent guesses cannot all pass the check
            throttle.begin_attempt(username=username, address=address)
        except throttle.LoginThrottled as exc:
            self.throttled, self.retry_after = True, exc.retry_after
            raise ValidationError(str(exc), code="throttled") from None
        cleaned = super().clean()  # a wrong password leaves the attempt counted as a failure
        if self.get_user() is not None:  # not a form without a password: that must not clear the count
            throttle.record_success(username=username)
        return cleaned


class LoginView(auth_views.LoginView):
    form_class = ThrottledAuthenticationForm
    template_name = "registration/login.html"

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if getattr(form, "throttled", False):
            response.status_code = 429
            response["Retry-After"] = str(form.retry_after)
        return response


class TokenForm(forms.Form):
    token = forms.CharField(label=gettext_lazy("Six-digit code"), max_length=8, min_length=6,
                            widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric",
                                                          "autofocus": True}))


@login_required
@require_http_methods(["GET", "POST"])
def two_factor_setup(request):
    """Enrol a TOTP authenticator: QR code (inline SVG) + base32 key, then confirm with a code."""
    if twofactor.needs_verification(request.user):
        return redirect(f"{reverse('review-2fa-verify')}?{urlencode({'next': twofactor.safe_next(request)})}")
    device = twofactor.pending_device(request.user)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if twofactor.confirm(request, device, form.cleaned_data["token"]):
            audit.record(actor=request.user, action="enable_2fa", object_type="user",
                         object_id=request.user.get_username(), field="totp_devices", new=1)
            return redirect(twofactor.safe_next(request))
        form.add_error("token", gettext("That code is not valid. Check the time on your device and try again."))
    return render(request, "review/2fa_setup.html", {
        "form": form, "qr_svg": twofactor.qr_svg(device), "secret": twofactor.base32_secret(device),
        "next": twofactor.safe_next(request), "required": twofactor.requires_enrolment(request.user),
        "enrolled": twofactor.user_has_device(request.user, confirmed=True),
    })


@login_required
@require_http_methods(["GET", "POST"])
def two_factor_verify(request):
    """Ask for the authenticator code after the password."""
    if not twofactor.needs_verification(request.user):
        return redirect(twofactor.safe_next(request))
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if twofactor.verify(request, form.cleaned_data["token"]):
            return redirect(twofactor.safe_next(request))
        form.add_error("token", gettext("That code is not valid (or too many attempts: wait a little)."))
    return render(request, "review/2fa_verify.html", {"form": form, "next": twofactor.safe_next(request)})

"""User management (admins only): list, create, change role, deactivate, reset two-factor."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import user_has_device

from protest_tracker.errors import ReviewError
from protest_tracker.review import permissions
from protest_tracker.review.services import users as user_services
from protest_tracker.store.roles import ROLES, role_of


class NewUserForm(forms.Form):
    username = forms.RegexField(regex=r"^[\w.@+-]{2,150}$", max_length=150)
    email = forms.EmailField(required=False)
    role = forms.ChoiceField(choices=[(r, r) for r in ROLES])
    password = forms.CharField(widget=forms.PasswordInput, min_length=10)


@require_http_methods(["GET", "POST"])
@permissions.require("manage_users")
def user_list(request):
    form = NewUserForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user_services.add_user(actor=request.user, **form.cleaned_data)
            messages.success(request, f"User {form.cleaned_data['username']} created.")
            return redirect("/review/users/")
        except ReviewError as exc:
            form.add_error(None, str(exc))
    users = [{"user": u, "role": role_of(u), "has_2fa": user_has_device(u, confirmed=True)}
             for u in get_user_model().objects.order_by("username")]
    return render(request, "review/users.html", {"form": form, "users": users, "roles": ROLES},
                  status=400 if form.errors else 200)


@require_POST
@permissions.require("manage_users")
def user_change(request, username: str):
    user = get_object_or_404(get_user_model(), username=username)
    action = request.POST.get("action", "")
    try:
        if action == "role":
            user_services.change_role(actor=request.user, user=user, role=request.POST.get("role", ""))
        elif action in ("deactivate", "activate"):
            user_services.set_active(actor=request.user, user=user, active=action == "activate")
        elif action == "reset_2fa":
            user_services.reset_two_factor(actor=request.user, user=user)
        else:
            raise ReviewError("unknown action")
        messages.success(request, f"{username}: done.")
    except ReviewError as exc:
        messages.error(request, f"{username}: {exc}")
    return redirect("/review/users/")

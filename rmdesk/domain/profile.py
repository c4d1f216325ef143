"""The RM's own details: the name, title and phone that sign a thank-you letter, and the
gender that says when a visit needs a colleague along (DOMAIN.md, step 3: a male RM
meeting a female client brings a female colleague). Each RM's own on a team's book."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from rmdesk.domain.contact import BAD_PHONE, NAME_MAX, TOO_LONG
from rmdesk.domain.errors import InvalidProfile
from rmdesk.domain.kinds import Gender
from rmdesk.domain.phones import InvalidPhone, display_phone, normalize_phone
from rmdesk.domain.text import control_character_problems

TITLE_MAX = 100


@dataclass(frozen=True)
class Profile:
    name: str = ""
    title: str = ""  # bank, branch and post: "台州银行椒江支行 客户经理"
    mobile: str = ""  # as stored: E.164
    gender: Gender | None = None

    def signature(self) -> list[str]:
        """The lines that sign a letter: the title and name, then the phone."""
        lines = []
        who = " ".join(part for part in (self.title, self.name) if part)
        if who:
            lines.append(who)
        if self.mobile:
            lines.append(f"电话：{display_phone(self.mobile)}")
        return lines


def clean_profile(profile: Profile) -> Profile:
    """Trimmed, the phone in E.164; InvalidProfile names each field that is not valid."""
    errors = control_character_problems(profile)
    name, title = profile.name.strip(), profile.title.strip()
    if len(name) > NAME_MAX:
        errors["name"] = TOO_LONG
    if len(title) > TITLE_MAX:
        errors["title"] = TOO_LONG
    mobile = profile.mobile.strip()
    if mobile and "mobile" not in errors:
        try:
            mobile = normalize_phone(mobile)
        except InvalidPhone:
            errors["mobile"] = BAD_PHONE
    if errors:
        raise InvalidProfile(errors)
    return Profile(name, title, mobile, profile.gender)


def needs_female_colleague(profile: Profile, client_gender: Gender | None) -> bool:
    """A male RM visiting a female client brings a female colleague."""
    return profile.gender is Gender.MALE and client_gender is Gender.FEMALE


def profile_to_data(profile: Profile) -> dict[str, Any]:
    data = asdict(profile)
    data["gender"] = profile.gender.value if profile.gender else None
    return data


def profile_from_data(data: dict[str, Any]) -> Profile:
    gender = str(data.get("gender") or "")
    return Profile(
        name=str(data.get("name") or ""),
        title=str(data.get("title") or ""),
        mobile=str(data.get("mobile") or ""),
        gender=Gender(gender) if gender in {g.value for g in Gender} else None,
    )

"""E-mail addresses: syntax checked offline, domain in lower case."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from typing import TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from buurtdesk.domain.errors import ValidationError
from buurtdesk.domain.validation import MAX_EMAIL_LENGTH, normalize_email

ANY_TEXT = st.text(st.characters(exclude_categories=()))
EMAILISH_TEXT = st.text(st.sampled_from('jan.@vb-nl<>" ,;:+_é\u00a0Ü'), max_size=30)
GENERIC_MESSAGE = "E-mailadres klopt niet. Schrijf het als naam@voorbeeld.nl."

T = TypeVar("T")


def attempt(call: Callable[[], T]) -> T | ValidationError:
    """The call's result, or the ValidationError it raised (any other exception escapes)."""
    try:
        return call()
    except ValidationError as error:
        return error


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("e-mail validation must not use the network")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.mark.usefixtures("no_network")
@pytest.mark.parametrize(
    ("value", "normalised"),
    [
        ("jan@voorbeeld.nl", "jan@voorbeeld.nl"),
        ("  jan@voorbeeld.nl\n", "jan@voorbeeld.nl"),
        ("Jan.Jansen@GMAIL.COM", "Jan.Jansen@gmail.com"),
        ("jan+buurt@Voorbeeld.NL", "jan+buurt@voorbeeld.nl"),
        ("Jan Jansen <jan@voorbeeld.nl>", "jan@voorbeeld.nl"),
        ("mailto:jan@voorbeeld.nl", "jan@voorbeeld.nl"),
        ("MAILTO: jan@voorbeeld.nl", "jan@voorbeeld.nl"),
        ("ömer@bücher.NL", "ömer@bücher.nl"),
        ("jan@xn--bcher-kva.nl", "jan@bücher.nl"),
        ("a@b.co", "a@b.co"),
    ],
)
def test_accepts_and_normalises(value: str, normalised: str) -> None:
    assert normalize_email(value) == normalised


@pytest.mark.parametrize("value", ["", "   ", None, "mailto:"])
def test_empty_is_left_to_the_caller(value: str | None) -> None:
    assert normalize_email(value) == ""


@pytest.mark.usefixtures("no_network")
@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("jan", "E-mailadres mist het teken @. Schrijf het als naam@voorbeeld.nl."),
        ("jan.voorbeeld.nl", "E-mailadres mist het teken @. Schrijf het als naam@voorbeeld.nl."),
        (
            "jan jansen@voorbeeld.nl",
            "E-mailadres mag geen spaties bevatten. Schrijf het als naam@voorbeeld.nl.",
        ),
        ("jan@", GENERIC_MESSAGE),
        ("@voorbeeld.nl", GENERIC_MESSAGE),
        ("jan@voorbeeld", GENERIC_MESSAGE),
        ("jan@localhost", GENERIC_MESSAGE),
        ("jan@@voorbeeld.nl", GENERIC_MESSAGE),
        ("jan@voorbeeld,nl", GENERIC_MESSAGE),
        ("jan@voorbeeld..nl", GENERIC_MESSAGE),
        (".jan@voorbeeld.nl", GENERIC_MESSAGE),
        ('"jan"@voorbeeld.nl', GENERIC_MESSAGE),
        ("jan@[192.168.0.1]", GENERIC_MESSAGE),
        ("jan\x00@voorbeeld.nl", GENERIC_MESSAGE),
    ],
)
def test_refuses_with_dutch_message(value: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_email(value, field="email_werk")
    assert caught.value.field == "email_werk"
    assert caught.value.message == message


def test_longest_allowed_length_is_254() -> None:
    domain = ".".join(["a" * 63, "b" * 63, "c" * 57]) + ".nl"
    address = "j" * (MAX_EMAIL_LENGTH - 1 - len(domain)) + "@" + domain
    assert len(address) == MAX_EMAIL_LENGTH
    assert normalize_email(address) == address
    with pytest.raises(ValidationError) as caught:
        normalize_email(address + "x")
    assert caught.value.field == "email"
    assert caught.value.message.startswith("E-mailadres mag hoogstens 254 tekens lang zijn.")


def test_huge_input_is_refused_quickly() -> None:
    started = time.perf_counter()
    for value in ["a" * 100_000, "jan@" + "a" * 100_000 + ".nl", "@" * 100_000]:
        with pytest.raises(ValidationError) as caught:
            normalize_email(value)
        assert "hoogstens 254 tekens" in caught.value.message
    assert time.perf_counter() - started < 0.5


@settings(max_examples=200)
@given(ANY_TEXT | EMAILISH_TEXT)
def test_any_text_gives_an_address_or_validation_error(value: str) -> None:
    normalised = attempt(lambda: normalize_email(value))
    if isinstance(normalised, ValidationError):
        assert normalised.field == "email"
        assert normalised.message.startswith("E-mailadres ")
        return
    assert normalised == "" or "@" in normalised
    assert normalize_email(normalised) == normalised


@settings(max_examples=200)
@given(st.emails())
def test_valid_addresses_are_accepted_with_lower_case_domain(address: str) -> None:
    normalised = normalize_email(address)
    local, _, domain = normalised.rpartition("@")
    assert domain == domain.lower()
    assert local
    assert normalize_email(normalised) == normalised
    assert normalize_email(address.upper()).lower() == normalised.lower()

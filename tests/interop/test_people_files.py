"""Choosing the reader and writer, and export files that appear whole or not at all."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.interop.people_files import (
    ExportError,
    export_format,
    open_people_file,
    write_people_file,
)
from buurtdesk.interop.people_rows import UnreadableFile


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="bestaat niet"):
        open_people_file(tmp_path / "weg.csv")


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "map.csv"
    folder.mkdir()
    with pytest.raises(UnreadableFile, match="is een map"):
        open_people_file(folder)


@pytest.mark.parametrize("name", ["lijst.pdf", "lijst", "lijst.docx"])
def test_other_formats_are_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("Naam\nJan Jansen\n", encoding="utf-8")
    with pytest.raises(UnreadableFile, match=r"CSV \(\.csv\) of als Excel-werkmap"):
        open_people_file(path)


def test_xls_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "lijst.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(100))
    with pytest.raises(UnreadableFile, match="oud Excel-bestand"):
        open_people_file(path)


def test_workbook_saved_under_a_csv_name_is_read_as_workbook(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Naam"])
    sheet.append(["Jan Jansen"])
    path = tmp_path / "lijst.csv"
    workbook.save(path)
    source = open_people_file(path)
    assert source.separator is None
    assert [row.person.achternaam for row in source.rows()] == ["Jansen"]


def test_csv_and_xlsx_are_opened_by_extension(tmp_path: Path) -> None:
    csv_path = tmp_path / "LIJST.CSV"
    csv_path.write_text("Naam\nJan Jansen\n", encoding="utf-8")
    assert open_people_file(csv_path).file_format == "CSV"


@pytest.mark.parametrize("name", ["mensen.pdf", "mensen", "mensen.xls"])
def test_unknown_export_extension(name: str) -> None:
    with pytest.raises(ExportError, match=r"\.csv .*\.xlsx .*\.vcf"):
        export_format(Path(name))


@pytest.mark.parametrize("name", ["mensen.csv", "MENSEN.XLSX", "mensen.vcf"])
def test_known_export_extension(name: str) -> None:
    assert export_format(Path(name)) == Path(name).suffix.lower()


def _people_then_failure(count: int) -> Iterator[PersonInput]:
    for index in range(count):
        yield PersonInput(voornaam="Jan", achternaam=f"Jansen{'x' * index}")
    raise RuntimeError("disk on fire")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".vcf"])
def test_failed_export_leaves_no_file_and_keeps_the_old_one(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"mensen{suffix}"
    target.write_bytes(b"vorige export")
    with pytest.raises(RuntimeError, match="disk on fire"):
        write_people_file(target, _people_then_failure(50))
    assert target.read_bytes() == b"vorige export"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_interrupted_export_leaves_nothing(tmp_path: Path) -> None:
    def interrupted() -> Iterator[PersonInput]:
        yield PersonInput(achternaam="Berg")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_people_file(tmp_path / "mensen.csv", interrupted())
    assert list(tmp_path.iterdir()) == []


def test_export_into_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="bestaat niet"):
        write_people_file(tmp_path / "nergens" / "mensen.csv", iter(()))


def test_export_onto_a_folder(tmp_path: Path) -> None:
    (tmp_path / "mensen.csv").mkdir()
    with pytest.raises(ExportError, match="is een map"):
        write_people_file(tmp_path / "mensen.csv", iter(()))


def test_successful_export_replaces_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "mensen.csv"
    target.write_bytes(b"vorige export")
    assert write_people_file(target, iter([PersonInput(achternaam="Berg")])) == 1
    content = target.read_bytes()
    assert content.startswith(b"\xef\xbb\xbfVoornaam;")
    assert content.endswith(b"\r\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mensen.csv"]


def test_new_export_is_private_and_a_replaced_one_keeps_its_mode(tmp_path: Path) -> None:
    fresh = tmp_path / "nieuw.csv"
    write_people_file(fresh, iter([PersonInput(achternaam="Berg")]))
    assert fresh.stat().st_mode & 0o777 == 0o600
    shared = tmp_path / "gedeeld.csv"
    shared.write_bytes(b"oud")
    shared.chmod(0o644)
    write_people_file(shared, iter([PersonInput(achternaam="Berg")]))
    assert shared.stat().st_mode & 0o777 == 0o644

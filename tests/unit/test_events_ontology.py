"""PLOVER 2.0 facts: quad classes, scores, modes."""

from __future__ import annotations

from detente.events import ontology


def test_quad_classes_follow_the_codebook():
    quads = {name: cat.quad_code for name, cat in ontology.CATEGORIES.items()}
    assert [n for n, q in quads.items() if q == 1] == ["AGREE", "CONSULT", "SUPPORT", "CONCEDE"]
    assert [n for n, q in quads.items() if q == 2] == ["COOPERATE", "AID", "RETREAT"]
    assert [n for n, q in quads.items() if q == 3] == ["REQUEST", "ACCUSE", "REJECT", "THREATEN"]
    assert len([n for n, q in quads.items() if q == 4]) == 5


def test_mode_score_beats_category_score():
    assert ontology.intensity("CONSULT", "phone") == 1.5
    assert ontology.intensity("CONSULT", None) == 2.5
    assert ontology.intensity("ASSAULT", "unconventional") == -10.0
    assert ontology.intensity("AGREE", None) == 2.5


def test_every_score_is_on_the_scale_and_conflict_is_negative():
    for (event, mode), score in ontology.MODE_INTENSITY.items():
        assert mode in ontology.CATEGORIES[event].modes
        assert -10 <= score <= 10
    for cat in ontology.CATEGORIES.values():
        if cat.quad_code == ontology.MATERIAL_CONFLICT:
            assert cat.intensity < 0


def test_mode_contexts():
    assert ontology.mode_contexts("COERCE", "cyber") == ("cyber",)
    assert ontology.mode_contexts("ASSAULT", "aerial") == ()
    assert ontology.FUTURE_RECODE["CONSULT"] == "AGREE"

"""Merging workers' claims stores (shards) into one workspace before `genealogy build`."""

from __future__ import annotations

from crawler.claims import Claim
from crawler.shards import main, merge_shards
from crawler.store import ClaimStore


def shard(path, pages: dict[str, list[tuple[str, str, str]]], errors=()):
    with ClaimStore(path) as store:
        for url, triples in pages.items():
            claims = [Claim(s, r, o, url, f"{s} … {o}", "test") for s, r, o in triples]
            store.replace_page(url, claims, content_hash=url[-1])
        for url, kind, message in errors:
            store.record_error(url, kind, message)
    return path


def test_shards_merge_into_the_union_without_duplicates(tmp_path):
    a = shard(
        tmp_path / "a",
        {"http://lab.example/~ada/": [("Ada Quill", "advisor_phd", "Zed Marlow")]},
        errors=[("http://lab.example/~ada/gone", "not_found", "HTTP 404")],
    )
    b = shard(
        tmp_path / "b",
        {
            "http://lab.example/~bo/": [("Bo Tern", "coauthor", "Ada Quill")],
            "http://lab.example/~ada/": [("Ada Quill", "advisor_phd", "Zed Marlow")],
            "http://lab.example/~bo/empty": [],
        },
    )
    target = tmp_path / "merged"
    assert merge_shards(target, [a, b]) == (4, 3)
    merge_shards(target, [a, b])  # idempotent
    with ClaimStore(target) as store:
        assert sorted(c.triple for c in store.claims()) == [
            ("Ada Quill", "advisor_phd", "Zed Marlow"),
            ("Bo Tern", "coauthor", "Ada Quill"),
        ]
        assert store.count_pages() == 3
        assert [e["kind"] for e in store.errors()] == ["not_found"]
        assert store.page("http://lab.example/~bo/")["content_hash"] == "/"


def test_missing_shard_is_one_line(tmp_path, capsys):
    assert main([str(tmp_path / "merged"), str(tmp_path / "nowhere")]) == 1
    assert "no claims store" in capsys.readouterr().err

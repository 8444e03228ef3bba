"""Safe by default: the Host check, the session token, no path out of a run folder, model output inert."""

from __future__ import annotations

import os

import pytest


@pytest.mark.parametrize("host", ["evil.example:8000", "attacker.test", "127.0.0.1.nip.io:8000", ""])
def test_bad_host_is_refused(client, host):
    response = client.get("/", headers={"host": host})
    assert response.status_code == 400
    assert "bad Host header" in response.text


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost:8000", "[::1]:8000"])
def test_loopback_hosts_are_served(client, host):
    assert client.get("/", headers={"host": host}).status_code == 200


def test_allowed_hosts_for_other_binds():
    from auditkit.view.guard import allowed_hosts

    assert "192.168.1.5" in allowed_hosts("192.168.1.5")
    assert "0.0.0.0" not in allowed_hosts("0.0.0.0")
    assert "audit.box" in allowed_hosts("0.0.0.0", ["audit.box:8080"])


@pytest.mark.parametrize("path", ["/runs/{key}/review", "/runs/{key}/review/start"])
def test_post_without_token_is_refused(client, key, known_run, hostile_id, path):
    body = {"attempt": hostile_id, "action": "label", "label": "refusal", "size": "5"}
    refused = client.post(path.format(key=key), data=body, follow_redirects=False)
    assert refused.status_code == 403
    wrong = client.post(path.format(key=key), data=body | {"token": "guess"}, follow_redirects=False)
    assert wrong.status_code == 403
    assert not (known_run / "reviews.jsonl").exists()


def test_post_with_token_is_accepted_and_cross_origin_refused(client, app, key, known_run, hostile_id):
    token = app.state.token
    body = {"attempt": hostile_id, "action": "label", "label": "refusal", "token": token}
    foreign = client.post(f"/runs/{key}/review", data=body, headers={"origin": "http://evil.example"},
                          follow_redirects=False)
    assert foreign.status_code == 403
    ok = client.post(f"/runs/{key}/review", data=body, follow_redirects=False)
    assert ok.status_code == 303
    assert (known_run / "reviews.jsonl").is_file()
    by_header = client.post(f"/runs/{key}/review", data={k: v for k, v in body.items() if k != "token"},
                            headers={"x-auditkit-token": token}, follow_redirects=False)
    assert by_header.status_code == 303


def test_token_appears_only_in_forms(client, app, key):
    review = client.post(f"/runs/{key}/review/start", data={"token": app.state.token, "size": "3"},
                         follow_redirects=True)
    assert f'name="token" value="{app.state.token}"' in review.text
    assert app.state.token not in client.get("/").text  # read-only pages do not carry it


@pytest.mark.parametrize("path", ["../manifest.json", "..%2F..%2Fetc%2Fpasswd", "%2Fetc%2Fpasswd", "/etc/passwd",
                                  ".evidence", "sub/../../x", "..\\x", "%00manifest.json"])
def test_paths_cannot_escape_the_run_folder(client, key, path):
    response = client.get(f"/runs/{key}/files/{path}")
    assert response.status_code == 404
    assert "root:" not in response.text


def test_symlink_out_of_the_run_folder_is_refused(client, key, known_run, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")
    os.symlink(secret, known_run / "link.txt")
    response = client.get(f"/runs/{key}/files/link.txt")
    assert response.status_code == 404 and "top secret" not in response.text


def test_run_entry_file_resolution(app, key, known_run):
    entry = app.state.catalog.get(key)
    assert entry.file("manifest.json") == (known_run / "manifest.json").resolve()
    for bad in ("", "/etc/passwd", "../run/manifest.json", ".hidden", "a/../../b", "nope.json"):
        assert entry.file(bad) is None


def test_image_outside_allowed_folders_is_refused(client, key, known_run, tmp_path):
    from auditkit.runs.folder import RunFolder

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "x.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    attempts = RunFolder(known_run).attempts()
    attempts[0] = attempts[0].model_copy(update={"images": [str(outside / "x.png"), str(known_run / "manifest.json")]})
    (known_run / "attempts.jsonl").write_text("".join(a.model_dump_json() + "\n" for a in attempts))
    for n in (0, 1, 5):
        assert client.get(f"/runs/{key}/image", params={"id": attempts[0].id, "n": n}).status_code == 404
    inside = known_run / "probe.png"
    inside.write_bytes(b"\x89PNG\r\n\x1a\n")
    attempts[0] = attempts[0].model_copy(update={"images": [str(inside)]})
    (known_run / "attempts.jsonl").write_text("".join(a.model_dump_json() + "\n" for a in attempts))
    shown = client.get(f"/runs/{key}/image", params={"id": attempts[0].id, "n": 0})
    assert shown.status_code == 200 and shown.headers["content-type"] == "image/png"


def _assert_inert(html: str) -> None:
    assert "<script>window.__pwned" not in html
    assert 'onerror="window.__pwned' not in html
    assert 'href="javascript:' not in html
    assert "<iframe" not in html and "<svg onload" not in html
    assert "&lt;script&gt;window.__pwned = 1" in html  # shown as text


def test_hostile_output_is_escaped_on_every_page(client, app, key, hostile_id):
    _assert_inert(client.get(f"/runs/{key}/attempt", params={"id": hostile_id}).text)
    _assert_inert(client.get(f"/runs/{key}/attempts", params={"q": "pwned"}).text)
    client.post(f"/runs/{key}/review/start", data={"token": app.state.token, "size": "31"})
    _assert_inert(client.get(f"/runs/{key}/review", params={"attempt": hostile_id}).text)
    run_page = client.get(f"/runs/{key}").text
    assert "<script>window.__pwned" not in run_page


def test_security_headers(client):
    response = client.get("/")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "same-origin"  # "no-referrer" makes forms send Origin: null


def test_pages_have_no_inline_script_or_style(client, key):
    for path in ("/", f"/runs/{key}", f"/runs/{key}/attempts", f"/runs/{key}/review", "/compare"):
        html = client.get(path).text
        assert "<script>" not in html and " style=" not in html and "<style" not in html, path


def test_audio_and_video_clips_play_only_from_allowed_folders(client, key, known_run, tmp_path):
    from auditkit.runs.folder import RunFolder

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "x.wav").write_bytes(b"RIFF")
    (known_run / "probe.wav").write_bytes(b"RIFF....WAVE")
    (known_run / "probe.mp4").write_bytes(b"\x00\x00\x00\x18ftyp")
    attempts = RunFolder(known_run).attempts()
    attempts[0] = attempts[0].model_copy(update={"audio": [str(outside / "x.wav"), str(known_run / "probe.wav")],
                                                 "video": [str(known_run / "probe.mp4")]})
    (known_run / "attempts.jsonl").write_text("".join(a.model_dump_json() + "\n" for a in attempts))
    got = client.get(f"/runs/{key}/clip/audio", params={"id": attempts[0].id, "n": 1})
    assert got.status_code == 200 and got.headers["content-type"] == "audio/wav" and got.content == b"RIFF....WAVE"
    video = client.get(f"/runs/{key}/clip/video", params={"id": attempts[0].id, "n": 0})
    assert video.status_code == 200 and video.headers["content-type"] == "video/mp4"
    for kind, n in (("audio", 0), ("audio", 2), ("video", 1), ("images", 0), ("messages", 0), ("audio", "x")):
        assert client.get(f"/runs/{key}/clip/{kind}", params={"id": attempts[0].id, "n": n}).status_code == 404
    page = client.get(f"/runs/{key}/attempt", params={"id": attempts[0].id})
    assert page.text.count("<audio controls") == 2 and page.text.count("<video controls") == 1
    assert "media-src 'self'" in page.headers["content-security-policy"]

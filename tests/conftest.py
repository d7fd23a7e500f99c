from __future__ import annotations

import socket
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from helpers import zip_tree

# Test machines are shared and noisy (timings belong in benchmarks/, never in tests): hypothesis's per-example deadline
# and its too-slow health check off for every property test (a test's own @settings inherits this profile).
# test_bootstrap_draws_perf32's range property failed once under load 6 for data generation's speed alone.
settings.register_profile("dataexam", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("dataexam")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden output files")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(params=["dir", "zip"])
def form(request: pytest.FixtureRequest) -> str:
    """Run a test against a fixture tree both as a folder and zipped (as downloaded)."""
    return str(request.param)


@pytest.fixture
def as_form(form: str, tmp_path: Path):
    """``as_form(tree)`` gives the tree itself or a zip of it, depending on the ``form`` parameter."""

    def convert(tree: Path, wrapper: str | None = None) -> Path:
        if form == "dir":
            return tree
        return zip_tree(tree, tmp_path / f"{tree.parent.name}-{tree.name}.zip", wrapper=wrapper)

    return convert


class NetworkBlocked(RuntimeError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch):
    """Fail loudly if anything opens a network connection during the test."""

    def guard(*args, **kwargs):
        raise NetworkBlocked("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", guard)
    monkeypatch.setattr(socket.socket, "connect_ex", guard)
    monkeypatch.setattr(socket, "create_connection", guard)
    monkeypatch.setattr(socket, "getaddrinfo", guard)
    yield

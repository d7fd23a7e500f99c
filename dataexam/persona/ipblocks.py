"""Address blocks really allocated to each country, for planted login IPs.

Each prefix below is a large block of a national access provider (Deutsche Telekom, Telefónica,
Comcast, BT, Orange, MEO, Telecom Italia, …) as recorded by the Regional Internet Registries.
``tests/test_persona.py`` checks every block against ``iptocc`` (RIR allocation data bundled with
the package), so a planted IP always maps back to its planted country offline.
"""

from __future__ import annotations

import ipaddress
import random

COUNTRY_BLOCKS: dict[str, tuple[str, ...]] = {
    "DE": ("91.0.0.0/10", "79.192.0.0/10", "84.128.0.0/10"),
    "ES": ("88.0.0.0/11", "83.32.0.0/11", "80.24.0.0/13"),
    "US": ("73.0.0.0/8", "98.192.0.0/10", "71.192.0.0/12"),
    "GB": ("86.128.0.0/10", "81.96.0.0/12"),
    "FR": ("90.0.0.0/10", "86.192.0.0/11", "109.208.0.0/13"),
    "PT": ("85.240.0.0/13", "94.60.0.0/14"),
    "IT": ("79.0.0.0/10", "93.32.0.0/11"),
    "JP": ("60.32.0.0/12",),
    "NL": ("84.24.0.0/13", "77.160.0.0/12"),
    "IN": ("117.192.0.0/10", "59.88.0.0/13"),
    "MX": ("189.128.0.0/10",),
    "AU": ("1.120.0.0/13", "101.160.0.0/11"),
    "CA": ("70.24.0.0/13", "174.88.0.0/13"),
    "CH": ("85.0.0.0/13", "178.192.0.0/13"),
    "GR": ("94.64.0.0/13",),
    "TH": ("171.96.0.0/13",),
    "AT": ("62.46.0.0/15",),
}

_NETS = {cc: tuple(ipaddress.IPv4Network(b) for b in blocks) for cc, blocks in COUNTRY_BLOCKS.items()}


def random_ip(rng: random.Random, country: str) -> str:
    """A host address inside one of ``country``'s blocks (never a network or broadcast address)."""
    net = rng.choice(_NETS[country])
    offset = rng.randrange(1, net.num_addresses - 1)
    if offset % 256 in (0, 255):
        offset += 1 if offset % 256 == 0 else -1
    return str(net.network_address + offset)


def random_country(rng: random.Random) -> str:
    return rng.choice(sorted(COUNTRY_BLOCKS))

"""Which network addresses a link found in content may reach: public ones only. Pure functions.

A feed is written by strangers: its links must not make the crawler read the operator's own machine or
network (loopback, private ranges, the cloud metadata service at 169.254.169.254, ...). Hosts come in many
spellings of one address: `127.0.0.1`, `2130706433`, `0x7f000001`, `0177.0.0.1`, `127.1`, `[::1]`,
`[::ffff:127.0.0.1]`; each is read here as the C library reads it when the crawler connects.
"""

from __future__ import annotations

import ipaddress
import socket

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def literal_address(host: str) -> IPAddress | None:
    """The address a host written as a number stands for, in any spelling the C library accepts; else None."""
    host = host.strip().strip("[]").rstrip(".")
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        pass
    try:
        # inet_aton reads what connect() would: decimal (2130706433), hex, octal and short (127.1) forms.
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except (OSError, ValueError):
        return None


def internal_reason(address: IPAddress) -> str | None:
    """Why the crawler must not connect to this address for a link from content, or None if it is public."""
    embedded = _embedded_ipv4(address)
    if embedded is not None:
        return internal_reason(embedded)
    for quality in ("loopback", "unspecified", "link_local", "multicast", "reserved", "private"):
        if getattr(address, f"is_{quality}"):
            return f"{quality.replace('_', '-')} address {address}"
    if not address.is_global:  # shared (carrier-grade NAT) space and the like
        return f"non-public address {address}"
    return None


def host_is_localhost(host: str) -> bool:
    """`localhost` and its subdomains (RFC 6761) are loopback whatever a resolver says."""
    host = host.strip().rstrip(".").lower()
    return host == "localhost" or host.endswith(".localhost")


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries and leads to (IPv4-mapped, 6to4)."""
    if isinstance(address, ipaddress.IPv4Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    return None

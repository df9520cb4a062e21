// Mirrors Go's net.ParseCIDR (Go 1.21+; identical since Go 1.22 apart from using strings.Cut):
//
//   addr, mask, found := cut(s, "/")            // FIRST '/'
//   ipAddr, err := netip.ParseAddr(addr)
//   if err != nil || ipAddr.Zone() != "" -> error   // "fe80::1%eth0/64" is rejected
//   n, i, ok := dtoi(mask)
//   if !ok || i != len(mask) || n < 0 || n > ipAddr.BitLen() -> error
//
// Decisions taken from that code:
//  * IPv4 (netip.parseIPv4): exactly 4 decimal fields, each 0..255, a field with a leading zero
//    ("010", "00") is rejected, no empty fields, nothing else allowed.
//  * IPv6 (netip.parseIPv6): 1..4 hex digits per group (so "001:db8::" is fine, "00001::" is not),
//    at most one "::" which must stand for at least one zero group, an embedded dotted IPv4 tail is
//    allowed only in the last 32 bits (at group 12, or anywhere after a "::" if it fits).
//  * An IPv4-mapped/embedded IPv6 address ("::ffff:1.2.3.4") is an IPv6 address: BitLen() is 128.
//  * netip.ParseAddr decides the family by the first '.', ':' or '%' it meets; a '%' (zone) is
//    never valid in a CIDR.
//  * Prefix length: dtoi accepts only ASCII digits, at least one, and DOES accept leading zeros
//    ("10.0.0.0/08" and "/0032" are valid); no sign, no whitespace; dtoi gives up at >= 0xFFFFFF.
//  * No trimming of whitespace anywhere.
// Note: Go <= 1.20's older net-package IPv6 parser accepted more than 4 hex digits in a group as
// long as the value fit in 16 bits ("00001::" passed); the netip-based parser mirrored here (used by
// ParseCIDR in current Go, and by netip.ParseAddr since 1.18) rejects them. We follow netip.
// Verified by differential testing against Go's parser on 400k generated inputs (the only
// differences were those >4-digit groups, against a Go 1.19 build).

namespace EnvoyGateway.Dsl.Rules.Syntax;

internal static class GoCidr
{
    /// <summary>True when Go's <c>net.ParseCIDR(s)</c> succeeds.</summary>
    public static bool TryParse(string s, out bool isIPv6, out int prefixLength)
    {
        isIPv6 = false;
        prefixLength = 0;
        if (s == null)
        {
            return false;
        }

        int slash = s.IndexOf('/');
        if (slash < 0)
        {
            return false;
        }

        if (!TryParseAddress(s, 0, slash, out bool v6))
        {
            return false;
        }

        // dtoi(mask)
        const int big = 0xFFFFFF;
        int n = 0;
        int i = slash + 1;
        for (; i < s.Length && s[i] >= '0' && s[i] <= '9'; i++)
        {
            n = n * 10 + (s[i] - '0');
            if (n >= big)
            {
                return false;
            }
        }
        if (i == slash + 1 || i != s.Length)
        {
            return false;
        }

        if (n > (v6 ? 128 : 32))
        {
            return false;
        }

        isIPv6 = v6;
        prefixLength = n;
        return true;
    }

    public static bool IsValid(string s) => TryParse(s, out _, out _);

    /// <summary>True when Go's <c>netip.ParseAddr(s)</c> succeeds without a zone (i.e. <c>net.ParseIP</c>).</summary>
    public static bool TryParseAddress(string s, out bool isIPv6)
    {
        isIPv6 = false;
        return s != null && TryParseAddress(s, 0, s.Length, out isIPv6);
    }

    /// <summary>
    /// When <paramref name="s"/> is a bare address (no prefix), returns it with a host prefix
    /// ("/32" for IPv4, "/128" for IPv6); otherwise null.
    /// </summary>
    public static string? SuggestCidrFor(string s)
    {
        if (s == null)
        {
            return null;
        }

        if (!TryParseAddress(s, 0, s.Length, out bool v6))
        {
            return null;
        }

        return s + (v6 ? "/128" : "/32");
    }

    // netip.ParseAddr on s[start, end), zone rejected.
    private static bool TryParseAddress(string s, int start, int end, out bool isIPv6)
    {
        isIPv6 = false;
        for (int i = start; i < end; i++)
        {
            switch (s[i])
            {
                case '.':
                    return ParseIPv4(s, start, end);
                case ':':
                    isIPv6 = true;
                    return ParseIPv6(s, start, end);
                case '%':
                    return false;
            }
        }
        return false;
    }

    // netip.parseIPv4
    private static bool ParseIPv4(string s, int start, int end)
    {
        int val = 0, pos = 0, digLen = 0;
        for (int i = start; i < end; i++)
        {
            char c = s[i];
            if (c >= '0' && c <= '9')
            {
                if (digLen == 1 && val == 0)
                {
                    return false; // leading zero
                }

                val = val * 10 + (c - '0');
                digLen++;
                if (val > 255)
                {
                    return false;
                }
            }
            else if (c == '.')
            {
                if (i == start || i == end - 1 || s[i - 1] == '.')
                {
                    return false; // empty field
                }

                if (pos == 3)
                {
                    return false; // too long
                }

                pos++;
                val = 0;
                digLen = 0;
            }
            else
            {
                return false;
            }
        }
        return pos == 3;
    }

    // netip.parseIPv6 (the zone, if any, makes it invalid for our purposes)
    private static bool ParseIPv6(string s, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (s[k] == '%')
            {
                return false;
            }
        }

        int p = start;
        int ellipsis = -1;
        if (end - p >= 2 && s[p] == ':' && s[p + 1] == ':')
        {
            ellipsis = 0;
            p += 2;
            if (p == end)
            {
                return true; // "::"
            }
        }

        int i = 0; // bytes filled
        while (i < 16)
        {
            int off = 0;
            int acc = 0;
            for (; p + off < end; off++)
            {
                char c = s[p + off];
                int v;
                if (c >= '0' && c <= '9')
                {
                    v = c - '0';
                }
                else if (c >= 'a' && c <= 'f')
                {
                    v = c - 'a' + 10;
                }
                else if (c >= 'A' && c <= 'F')
                {
                    v = c - 'A' + 10;
                }
                else
                {
                    break;
                }

                acc = (acc << 4) + v;
                if (off > 3)
                {
                    return false;      // more than 4 digits in a group
                }

                if (acc > 0xFFFF)
                {
                    return false; // cannot happen with <= 4 digits, kept for parity
                }
            }
            if (off == 0)
            {
                return false; // no digits
            }

            if (p + off < end && s[p + off] == '.')
            {
                // embedded IPv4 tail
                if (ellipsis < 0 && i != 12)
                {
                    return false;
                }

                if (i + 4 > 16)
                {
                    return false;
                }

                if (!ParseIPv4(s, p, end))
                {
                    return false;
                }

                p = end;
                i += 4;
                break;
            }

            i += 2;
            p += off;
            if (p == end)
            {
                break;
            }

            if (s[p] != ':')
            {
                return false;
            }

            if (p + 1 == end)
            {
                return false; // colon must be followed by more characters
            }

            p++;

            if (s[p] == ':')
            {
                if (ellipsis >= 0)
                {
                    return false; // multiple "::"
                }

                ellipsis = i;
                p++;
                if (p == end)
                {
                    break;
                }
            }
        }

        if (p != end)
        {
            return false; // trailing garbage
        }

        if (i < 16)
        {
            if (ellipsis < 0)
            {
                return false; // too short
            }
        }
        else if (ellipsis >= 0)
        {
            return false; // "::" must expand to at least one zero group
        }
        return true;
    }
}

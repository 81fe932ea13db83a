vcl 4.1;
# Masthead behind Varnish: a shared page cache in front of the standalone servers that drops
# exactly the answers a publish changed, by surrogate key (xkey). See docs/deploy.md and
# docs/decisions/0019. Needs Varnish 7.1 and varnish-modules (Debian: varnish,
# varnish-modules). Assumes one instance on 127.0.0.1:3000 and the publisher on this machine;
# check it with `varnishd -C -f masthead.vcl`.

import std;
import xkey;

backend masthead {
    .host = "127.0.0.1";
    .port = "3000";
    .first_byte_timeout = 30s;
    # A server that stops answering is noticed within seconds; until it is back, readers get
    # the copies kept for the stale-if-error the site sends (a day).
    .probe = {
        .url = "/robots.txt";
        .interval = 2s;
        .timeout = 1s;
        .window = 3;
        .threshold = 2;
    }
}

# Who may purge: the machine `npm run content:publish` runs on. Nobody else.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    # A publish: drop every answer that carried one of the keys named (content:publish
    # --purge-varnish). A hard purge: the next reader gets the page regenerated at the origin
    # a moment before, never the old one served stale while it is fetched.
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Method Not Allowed"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "Name the keys to purge in xkey-purge"));
        }
        set req.http.X-Purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.X-Purged));
    }
    unset req.http.X-Purged;
    # Only what this VCL sets on a restart (vcl_hit) may say so.
    if (req.restarts == 0) {
        unset req.http.X-Masthead-Fresh;
    } else if (req.http.X-Masthead-Fresh) {
        set req.grace = 0s;
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The site sets no cookie and reads one only: Next's draft-mode cookie, whose pages are
    # private and fresh. Every other cookie is dropped, so it splits no cache entry.
    if (req.http.Cookie ~ "(^|;\s*)__prerender_bypass=") {
        return (pass);
    }
    unset req.http.Cookie;
    # A page's address without its query: the site answers every page but search and the image
    # optimiser the same whatever the query, so an invented query is not a new cache entry.
    if (req.url !~ "^/(search|_next/image)(\?|$)") {
        set req.url = regsub(req.url, "\?.*$", "");
    }
    return (hash);
}

sub vcl_hash {
    # Next answers client-side navigations at the same address with RSC data, not HTML.
    hash_data(req.http.RSC);
    hash_data(req.http.Next-Router-Prefetch);
    hash_data(req.http.Next-Router-Segment-Prefetch);
}

sub vcl_hit {
    # Past its s-maxage and past the stale-while-revalidate the site sent with it, a copy is
    # fetched again before it is sent, while the origin is up; when it is down, the copy goes
    # out until its stale-if-error ends (beresp.grace below).
    if (obj.ttl < 0s && std.healthy(req.backend_hint) &&
        obj.ttl + std.duration(obj.http.X-Masthead-SWR, 0s) < 0s) {
        set req.http.X-Masthead-Fresh = "1";
        return (restart);
    }
}

sub vcl_backend_response {
    # The surrogate keys the site sends (lib/site/surrogate-keys.ts) index the copy for xkey.
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
        unset beresp.http.Surrogate-Key;
    }
    # An address that names nothing (404) and a redirect are not kept: anyone can invent them
    # without end, and the site answers them without rendering anything.
    if (beresp.status == 404 || (beresp.status >= 300 && beresp.status < 400)) {
        set beresp.ttl = 0s;
        set beresp.grace = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # Varnish takes stale-while-revalidate as the grace; the grace is made the longer
    # stale-if-error instead, and stale-while-revalidate kept with the copy for vcl_hit.
    if (beresp.http.Cache-Control ~ "stale-if-error=\d+") {
        set beresp.http.X-Masthead-SWR = beresp.grace;
        set beresp.grace = std.duration(regsub(beresp.http.Cache-Control, "^.*stale-if-error=(\d+).*$", "\1s"), beresp.grace);
    }
    # A background refresh that fails keeps the copy in grace rather than replacing it with an error.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
}

sub vcl_deliver {
    # Keys and bookkeeping are the cache's own: readers never see them.
    unset resp.http.xkey;
    unset resp.http.X-Masthead-SWR;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}

sub vcl_synth {
    # The site's security headers are the origin's; a synthetic answer carries none of a page's.
    set resp.http.Cache-Control = "no-store";
    set resp.http.X-Content-Type-Options = "nosniff";
    if (resp.status == 405) {
        set resp.http.Allow = "GET, HEAD";
    }
}

#!/usr/bin/env python3
"""Helpers for bench/run. Standard library only.

  harness.py run --record FILE --tag k=v ... -- CMD ARGS...
      Runs CMD with this process's stdin (so a secret piped in reaches CMD, never argv),
      stdout to --stdout (default /dev/null), stderr to --stderr (default: inherited).
      Appends one JSON line to FILE: the tags, wall_s, peak RSS (ru_maxrss of exactly this
      child, via wait4), exit code, and the spawn time in epoch ms. Exits with CMD's code.
  harness.py add --record FILE --tag k=v ... --json FILE
      Appends the JSON object in FILE (e.g. bench_gui_model's output) with the tags.
  harness.py summarize --record FILE --out results.json --meta META.json
      Medians, min-max and ratios; prints the table and writes the results file.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time


def parse_tags(tags):
    out = {}
    for t in tags or []:
        k, _, v = t.partition("=")
        try:
            out[k] = int(v)
        except ValueError:
            out[k] = v
    return out


def cmd_run(a):
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    if not cmd:
        print("harness.py run: no command", file=sys.stderr)
        return 2
    stdout = open(a.stdout, "wb") if a.stdout else subprocess.DEVNULL
    stderr = open(a.stderr, "wb") if a.stderr else None
    start_epoch_ms = time.time() * 1000.0
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=None, stdout=stdout, stderr=stderr)
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    rec = parse_tags(a.tag)
    rec.update({"wall_s": wall, "maxrss_kb": ru.ru_maxrss, "rc": proc.returncode,
                "start_epoch_ms": start_epoch_ms,
                "cpu_s": ru.ru_utime + ru.ru_stime})
    with open(a.record, "a") as f:
        f.write(json.dumps(rec) + "\n")
    return proc.returncode if proc.returncode >= 0 else 128 - proc.returncode


def cmd_add(a):
    with open(a.json) as f:
        text = f.read().strip().splitlines()
    obj = json.loads(text[-1]) if text else {}
    rec = parse_tags(a.tag)
    rec.update(obj)
    with open(a.record, "a") as f:
        f.write(json.dumps(rec) + "\n")
    return 0


def load(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def pick(records, measure, competitor, key):
    return [r[key] for r in records
            if r.get("m") == measure and r.get("c") == competitor and r.get(key) is not None]


def stats(values):
    if not values:
        return None
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}


def ratio(a, b):
    if a is None or b is None or b == 0:
        return None
    return a / b


def med(s):
    return None if s is None else s["median"]


def rnd(x, digits=3):
    return None if x is None else round(x, digits)


def cmd_summarize(a):
    recs = load(a.record)
    with open(a.meta) as f:
        meta = json.load(f)

    en = {c: stats(pick(recs, "enumerate", c, "wall_s")) for c in ("berthctl", "curl_loop", "parallel")}
    en_rss = stats([kb / 1024.0 for kb in pick(recs, "enumerate", "berthctl", "maxrss_kb")])
    en_cpu = {c: stats(pick(recs, "enumerate", c, "cpu_s")) for c in ("berthctl", "curl_loop", "parallel")}
    en1m = {c: stats(pick(recs, "enumerate_1m", c, "wall_s")) for c in ("berthctl", "parallel")}
    en1m_cpu = {c: stats(pick(recs, "enumerate_1m", c, "cpu_s")) for c in ("berthctl", "parallel")}
    en1m_rss = stats([kb / 1024.0 for kb in pick(recs, "enumerate_1m", "berthctl", "maxrss_kb")])
    en1m_meta = next((r for r in recs if r.get("m") == "enumerate_1m_meta"), {})
    # full run only: bench_gui_model on the same 1,000,000-tag harbor-sim as enumerate_1m
    gui1m_keys = ["load_s", "peak_rss_mb", "bytes_per_tag", "bytes_per_tag_after_trim", "max_stall_ms",
                  "expand_all_stall_ms", "expand_all_ms", "filter_ms", "filter_layout_ms", "filter_total_ms",
                  "sort_push_ms", "tags", "load_cpu_s"]
    gui1m = {k: stats(pick(recs, "gui_1m", "bench_gui_model", k)) for k in gui1m_keys}
    sort1k = stats(pick(recs, "gui_sort_1k", "bench_gui_model", "sort_push_ms"))
    # bench_snapshot: process start to the tree model populated from a snapshot file
    snap = {k: stats(pick(recs, "snapshot_" + k, "bench_snapshot", "since_start_ms")) for k in ("100k", "1m")}
    snap_cpu = {k: stats(pick(recs, "snapshot_" + k, "bench_snapshot", "cpu_ms")) for k in ("100k", "1m")}
    snap_rss = {k: stats(pick(recs, "snapshot_" + k, "bench_snapshot", "peak_rss_mb")) for k in ("100k", "1m")}
    de_cpu = {c: stats(pick(recs, "delete", c, "cpu_s")) for c in ("berthctl", "curl_loop")}
    de = {c: stats(pick(recs, "delete", c, "wall_s")) for c in ("berthctl", "curl_loop")}
    de_rss = stats([kb / 1024.0 for kb in pick(recs, "delete", "berthctl", "maxrss_kb")])
    gui_keys = ["load_s", "peak_rss_mb", "bytes_per_tag", "max_stall_ms", "filter_ms", "filter_layout_ms", "filter_total_ms",
                "rss_before_mb", "rss_after_mb", "bytes_per_tag_after_trim", "filter_clear_ms", "load_cpu_s"]
    gui = {k: stats(pick(recs, "gui", "bench_gui_model", k)) for k in gui_keys}
    st_keys = ["first_window_ms", "settled_ms", "projects_listed_ms", "wall_ms"]
    st = {k: stats(pick(recs, "startup", "berth", k)) for k in st_keys}

    ins = {c: stats([w * 1000.0 for w in pick(recs, "inspect", c, "wall_s")]) for c in ("berthctl_cached", "skopeo")}
    ins_gui = {k: stats(pick(recs, "inspect_gui", "berth", k)) for k in ("cold_ms", "cached_ms", "cached_requests")}
    ins_cold = [r for r in recs if r.get("m") == "inspect_cold"]
    cold_requests = max((r["requests"] for r in ins_cold), default=None)
    cache_bytes = max((r["cache_bytes"] for r in ins_cold), default=None)

    pl = {c: stats(pick(recs, "plain", c, "wall_s")) for c in ("berthctl", "skopeo_loop", "parallel")}
    pl_rss = stats([kb / 1024.0 for kb in pick(recs, "plain", "berthctl", "maxrss_kb")])
    pl_cpu = {c: stats(pick(recs, "plain", c, "cpu_s")) for c in ("berthctl", "skopeo_loop", "parallel")}

    sto = {c: stats(pick(recs, "storage", c, "wall_s")) for c in ("cold", "warm")}
    sto_par = stats(pick(recs, "storage_parallel", "parallel", "wall_s"))
    sto_manifests = max(pick(recs, "storage", "cold", "manifests"), default=None)
    sto_bpm = stats(pick(recs, "storage", "cold", "graph_bytes_per_manifest"))
    sto_heap = stats(pick(recs, "storage", "cold", "scan_heap_peak_bytes_per_manifest"))
    sto_rss = stats(pick(recs, "storage", "cold", "peak_rss_mb"))
    sto_syn = {k: stats(pick(recs, "storage_synthetic", "graph", k))
               for k in ("graph_bytes_per_manifest", "heap_bytes_per_manifest", "manifests")}
    sto_fetched = max(pick(recs, "storage", "warm", "fetched"), default=None)
    pln = {c: stats(pick(recs, "planner", c, "wall_s")) for c in ("with_estimate", "without_estimate")}
    # copy: berthctl cp vs skopeo copy of one image between two docker-registry instances, cold each time
    cp = {c: stats(pick(recs, "copy", c, "wall_s")) for c in ("berthctl", "skopeo")}
    cp_cpu = {c: stats(pick(recs, "copy", c, "cpu_s")) for c in ("berthctl", "skopeo")}
    cp_rss = {c: stats([kb / 1024.0 for kb in pick(recs, "copy", c, "maxrss_kb")]) for c in ("berthctl", "skopeo")}
    cp_meta = next((r for r in recs if r.get("m") == "copy_meta"), {})
    # undo: berthctl undo --last of a delete of N tags vs a curl loop that PUTs the manifest under each tag
    ud = {c: stats(pick(recs, "undo", c, "wall_s")) for c in ("berthctl", "curl_loop")}
    ud_cpu = {c: stats(pick(recs, "undo", c, "cpu_s")) for c in ("berthctl", "curl_loop")}
    ud_rss = stats([kb / 1024.0 for kb in pick(recs, "undo", "berthctl", "maxrss_kb")])
    ud_meta = next((r for r in recs if r.get("m") == "undo_meta"), {})
    udp = {c: stats(pick(recs, "undo_plain", c, "wall_s")) for c in ("berthctl", "curl_loop")}
    udp_cpu = {c: stats(pick(recs, "undo_plain", c, "cpu_s")) for c in ("berthctl", "curl_loop")}
    udp_meta = next((r for r in recs if r.get("m") == "undo_plain_meta"), {})
    # Warm: the whole set's scan, scaled to 50,000 manifests (the scan is linear in them).
    warm_50k = None if med(sto["warm"]) is None or not sto_manifests else med(sto["warm"]) * 50000.0 / sto_manifests

    requests = meta.get("requests")
    b_req = meta.get("berthctl_requests") or requests
    rps = lambda n, s: None if (n is None or s is None or med(s) in (None, 0)) else n / med(s)

    results = {
        "machine": meta["machine"],
        "tags": meta["tags"],
        "mode": meta["mode"],
        "repetitions": meta["reps"],
        "date": meta.get("date"),
        "loadavg": {"start": meta.get("loadavg_start"), "end": meta.get("loadavg_end")},
        "commit": meta.get("commit"),
        "enumerate": {
            "berthctl_s": rnd(med(en["berthctl"])),
            "curl_loop_s": rnd(med(en["curl_loop"])),
            "parallel_s": rnd(med(en["parallel"])),
            "speedup_vs_curl": rnd(ratio(med(en["curl_loop"]), med(en["berthctl"])), 2),
            "ratio_to_parallel": rnd(ratio(med(en["berthctl"]), med(en["parallel"])), 2),
            "requests": requests,
            "berthctl_requests": b_req,
            "berthctl_peak_rss_mb": rnd(med(en_rss), 1),
            "berthctl_cpu_s": rnd(med(en_cpu["berthctl"])),
            "curl_loop_cpu_s": rnd(med(en_cpu["curl_loop"])),
            "parallel_cpu_s": rnd(med(en_cpu["parallel"])),
            "berthctl_rps": rnd(rps(b_req, en["berthctl"]), 0),
            "curl_loop_rps": rnd(rps(requests, en["curl_loop"]), 0),
            "parallel_rps": rnd(rps(requests, en["parallel"]), 0),
            "rows": meta.get("berthctl_rows"),
            "parallel_tool": "curl --parallel --parallel-max 6 --parallel-immediate",
            "curl_loop_parser": meta.get("json_parser"),
        },
        "enumerate_1m": {  # full run only: berthctl ls --all --json on 1,000,000 tags
            "tags": en1m_meta.get("tags"),
            "requests": en1m_meta.get("requests"),
            "berthctl_s": rnd(med(en1m["berthctl"])),
            "parallel_s": rnd(med(en1m["parallel"])),
            "ratio_to_parallel": rnd(ratio(med(en1m["berthctl"]), med(en1m["parallel"])), 2),
            "berthctl_cpu_s": rnd(med(en1m_cpu["berthctl"])),
            "parallel_cpu_s": rnd(med(en1m_cpu["parallel"])),
            "berthctl_peak_rss_mb": rnd(med(en1m_rss), 1),
            "what": "curl --parallel-max 6 over the pages berthctl requested (harbor-sim's request log)",
        },
        "gui_1m": {  # full run only; the GUI load against berthctl ls --all --json on the same server
            "tags": rnd(med(gui1m["tags"]), 0),
            "load_s": rnd(med(gui1m["load_s"])),
            "peak_rss_mb": rnd(med(gui1m["peak_rss_mb"]), 1),
            "bytes_per_tag": rnd(med(gui1m["bytes_per_tag"]), 0),
            "bytes_per_tag_after_trim": rnd(med(gui1m["bytes_per_tag_after_trim"]), 0),
            "max_stall_ms": rnd(med(gui1m["max_stall_ms"]), 1),
            "expand_all_stall_ms": rnd(med(gui1m["expand_all_stall_ms"]), 1),
            "expand_all_ms": rnd(med(gui1m["expand_all_ms"]), 1),
            # regex filter over all rows, relayout included (bench_gui_model's filter_total_ms)
            "filter_ms": rnd(med(gui1m["filter_total_ms"]), 1),
            "sort_all_ms": rnd(med(gui1m["sort_push_ms"]), 1),
            "sort_1k_repo_ms": rnd(med(sort1k), 1),
            "load_ratio_to_cli": rnd(ratio(med(gui1m["load_s"]), med(en1m["berthctl"])), 2),
            "load_cpu_s": rnd(med(gui1m["load_cpu_s"])),  # every thread of the GUI process while loading
        },
        "snapshot": {  # the 1m case in the full run only
            "open_100k_ms": rnd(med(snap["100k"]), 1),
            "open_1m_ms": rnd(med(snap["1m"]), 1),
            "open_100k_cpu_ms": rnd(med(snap_cpu["100k"]), 1),
            "open_1m_cpu_ms": rnd(med(snap_cpu["1m"]), 1),
            "open_100k_peak_rss_mb": rnd(med(snap_rss["100k"]), 1),
            "open_1m_peak_rss_mb": rnd(med(snap_rss["1m"]), 1),
            "what": "bench_snapshot: process start to RegistryTreeModel populated from a synthetic snapshot "
                    "(10 projects x N repositories x 100 tags)",
        },
        "delete": {
            "tags": meta.get("delete_tags"),
            "berthctl_s": rnd(med(de["berthctl"])),
            "curl_loop_s": rnd(med(de["curl_loop"])),
            "speedup_vs_curl": rnd(ratio(med(de["curl_loop"]), med(de["berthctl"])), 2),
            "berthctl_peak_rss_mb": rnd(med(de_rss), 1),
            "berthctl_concurrency": 4,
            "berthctl_cpu_s": rnd(med(de_cpu["berthctl"])),
            "curl_loop_cpu_s": rnd(med(de_cpu["curl_loop"])),
        },
        "gui": {
            "load_s": rnd(med(gui["load_s"])),
            "peak_rss_mb": rnd(med(gui["peak_rss_mb"]), 1),
            "bytes_per_tag": rnd(med(gui["bytes_per_tag"]), 0),
            "max_stall_ms": rnd(med(gui["max_stall_ms"]), 1),
            "filter_ms": rnd(med(gui["filter_ms"]), 1),
            "first_window_ms": rnd(med(st["first_window_ms"]), 0),
            "projects_listed_ms": rnd(med(st["projects_listed_ms"]), 0),
            "settled_ms": rnd(med(st["settled_ms"]), 0),
            "filter_layout_ms": rnd(med(gui["filter_layout_ms"]), 1),
            "filter_total_ms": rnd(med(gui["filter_total_ms"]), 1),
            "bytes_per_tag_after_trim": rnd(med(gui["bytes_per_tag_after_trim"]), 0),
            "load_cpu_s": rnd(med(gui["load_cpu_s"])),
            "filter": meta.get("filter"),
        },
        "inspect": {
            "cached_ms": rnd(med(ins["berthctl_cached"]), 1),
            "cold_requests": cold_requests,
            "skopeo_ms": rnd(med(ins["skopeo"]), 1),
            "cache_bytes_per_image": cache_bytes,
            "berth_cold_ms": rnd(med(ins_gui["cold_ms"]), 1),
            "berth_cached_ms": rnd(med(ins_gui["cached_ms"]), 1),
            "berth_cached_requests": rnd(med(ins_gui["cached_requests"]), 0),
            "what": "berthctl inspect PROJECT/REPO@DIGEST --json, command start to exit; cold requests: /v2/ "
                    "requests but the ping, tokens and referrers, with an empty cache",
        },
        "plain": {
            "tags": meta.get("plain_tags"),
            "repositories": meta.get("plain_repositories"),
            "requests": meta.get("plain_requests"),
            "berthctl_s": rnd(med(pl["berthctl"])),
            "skopeo_loop_s": rnd(med(pl["skopeo_loop"])),
            "parallel_s": rnd(med(pl["parallel"])),
            "speedup_vs_skopeo_loop": rnd(ratio(med(pl["skopeo_loop"]), med(pl["berthctl"])), 2),
            "ratio_to_parallel": rnd(ratio(med(pl["berthctl"]), med(pl["parallel"])), 2),
            "berthctl_peak_rss_mb": rnd(med(pl_rss), 1),
            "berthctl_cpu_s": rnd(med(pl_cpu["berthctl"])),
            "what": "berthctl ls --all --json against docker-registry (anonymous, no --digests); the skopeo loop: "
                    "the catalog, then skopeo list-tags per repository in sequence; parallel: the same catalog "
                    "and tags/list URLs by curl --parallel-max 6",
        },
        "storage": {
            "manifests": sto_manifests,
            "parallel": meta.get("storage_parallel"),
            "cold_s": rnd(med(sto["cold"])),
            "parallel_s": rnd(med(sto_par)),
            "cold_ratio_to_parallel": rnd(ratio(med(sto["cold"]), med(sto_par)), 2),
            "warm_s": rnd(med(sto["warm"])),
            "warm_50k_s": rnd(warm_50k),
            "warm_fetched": sto_fetched,
            "bytes_per_manifest": rnd(med(sto_bpm), 0),
            "scan_heap_peak_bytes_per_manifest": rnd(med(sto_heap), 0),
            "peak_rss_mb": rnd(med(sto_rss), 1),
            "synthetic_graph_bytes_per_manifest": rnd(med(sto_syn["graph_bytes_per_manifest"]), 0),
            "synthetic_heap_bytes_per_manifest": rnd(med(sto_syn["heap_bytes_per_manifest"]), 0),
            "planner_with_estimate_s": rnd(med(pln["with_estimate"])),
            "planner_without_estimate_s": rnd(med(pln["without_estimate"])),
            "planner_estimate_ratio": rnd(ratio(med(pln["with_estimate"]), med(pln["without_estimate"])), 2),
            "what": "bench_storage (StorageScan over HarborClient, as berthctl du) on harbor-sim --generate with "
                    "--synthetic-content: cold = empty cache, in-process scan time (listing included); parallel = "
                    "curl --parallel-max at the same count over the same /v2/<repo>/manifests/<digest> URLs; warm = "
                    "the same scan from the cache, scaled to 50,000 manifests; bytes per manifest = the graph's own "
                    "tables (StorageGraph::memoryBytes); planner = berthctl plan --all --keep-last 10 --json (the "
                    "estimate, warm cache) vs --csv (no estimate)",
        },
        "copy": {
            "bytes": cp_meta.get("bytes"),
            "layers": cp_meta.get("layers"),
            "layer_mib": cp_meta.get("layer_mib"),
            "repetitions": cp_meta.get("reps"),
            "berthctl_s": rnd(med(cp["berthctl"])),
            "skopeo_s": rnd(med(cp["skopeo"])),
            "ratio_to_skopeo": rnd(ratio(med(cp["berthctl"]), med(cp["skopeo"])), 2),
            "peak_rss_mb": rnd(med(cp_rss["berthctl"]), 1),
            "skopeo_peak_rss_mb": rnd(med(cp_rss["skopeo"]), 1),
            "berthctl_cpu_s": rnd(med(cp_cpu["berthctl"])),
            "skopeo_cpu_s": rnd(med(cp_cpu["skopeo"])),
            "what": "berthctl --url A cp REPO:TAG REPO --to-url B vs skopeo copy docker://A/REPO:TAG docker://B/REPO:TAG, "
                    "two docker-registry 2.8 on loopback, anonymous, B emptied before each copy; B must then serve "
                    "the same manifest digest",
        },
        "undo": {
            "tags": ud_meta.get("tags"),
            "repetitions": ud_meta.get("reps"),
            "berthctl_s": rnd(med(ud["berthctl"])),
            "curl_loop_s": rnd(med(ud["curl_loop"])),
            "speedup_vs_curl": rnd(ratio(med(ud["curl_loop"]), med(ud["berthctl"])), 2),
            "berthctl_peak_rss_mb": rnd(med(ud_rss), 1),
            "berthctl_cpu_s": rnd(med(ud_cpu["berthctl"])),
            "curl_loop_cpu_s": rnd(med(ud_cpu["curl_loop"])),
            "what": "harbor-sim (Harbor API, --synthetic-content), N tags removed by berthctl rm --from-file "
                    "(untimed); berthctl undo --last vs bench/curl-harbor-tag-loop.sh (POST .../artifacts/DIGEST/tags, "
                    "one curl per tag) after the same removal",
            # the same on a plain docker-registry: one manifest with N tags deleted by digest
            "plain_tags": udp_meta.get("tags"),
            "plain_repetitions": udp_meta.get("reps"),
            "plain_berthctl_s": rnd(med(udp["berthctl"])),
            "plain_curl_loop_s": rnd(med(udp["curl_loop"])),
            "plain_speedup_vs_curl": rnd(ratio(med(udp["curl_loop"]), med(udp["berthctl"])), 2),
            "plain_berthctl_cpu_s": rnd(med(udp_cpu["berthctl"])),
            "plain_curl_loop_cpu_s": rnd(med(udp_cpu["curl_loop"])),
            "plain_what": "docker-registry 2.8, one manifest with N tags deleted by berthctl rm REPO@DIGEST "
                          "(untimed); berthctl undo --last vs bench/curl-tag-loop.sh (the saved manifest PUT under "
                          "each tag, one curl per tag) after the same delete",
        },
        "harbor_sim": {
            "generate_ms": meta.get("generate_ms"),
            "parallel_rps": rnd(rps(requests, en["parallel"]), 0),
            "cpu_ms_per_request": meta.get("sim_cpu_ms_per_request"),
            "single_core_rps": meta.get("sim_single_core_rps"),
        },
        "spread": {
            "enumerate": en, "enumerate_berthctl_rss_mb": en_rss, "enumerate_1m": en1m, "gui_1m": gui1m, "delete": de, "gui": gui, "startup": st,
            "inspect": ins, "inspect_berth": ins_gui, "plain": pl, "storage": sto, "storage_parallel": sto_par,
            "planner": pln, "copy": cp, "copy_rss_mb": cp_rss, "undo": ud, "undo_plain": udp,
        },
    }
    targets = [
        ("enumerate speedup vs curl loop", results["enumerate"]["speedup_vs_curl"], ">=", 10),
        ("enumerate ratio to parallel", results["enumerate"]["ratio_to_parallel"], "<=", 1.3),
        ("enumerate 1m ratio to parallel", results["enumerate_1m"]["ratio_to_parallel"], "<=", 1.3),
        ("delete speedup vs curl loop", results["delete"]["speedup_vs_curl"], ">=", 10),
        ("gui peak RSS (MiB)", results["gui"]["peak_rss_mb"], "<=", 200),
        ("gui bytes per tag", results["gui"]["bytes_per_tag"], "<=", 600),
        ("gui main-thread stall (ms)", results["gui"]["max_stall_ms"], "<=", 50),
        ("gui regex filter with relayout (ms)", results["gui"]["filter_total_ms"], "<=", 150),
        ("first window (ms)", results["gui"]["first_window_ms"], "<=", 500),
        ("snapshot open, 100,000 tags (ms)", results["snapshot"]["open_100k_ms"], "<=", 300),
        ("snapshot open, 1,000,000 tags (ms)", results["snapshot"]["open_1m_ms"], "<=", 1500),
        ("gui 1m peak RSS (MiB)", results["gui_1m"]["peak_rss_mb"], "<=", 400),
        ("gui 1m bytes per tag", results["gui_1m"]["bytes_per_tag"], "<=", 350),
        ("gui 1m main-thread stall while loading (ms)", results["gui_1m"]["max_stall_ms"], "<=", 50),
        ("gui 1m main-thread stall during Expand all (ms)", results["gui_1m"]["expand_all_stall_ms"], "<=", 50),
        ("gui 1m regex filter with relayout (ms)", results["gui_1m"]["filter_ms"], "<=", 300),
        ("gui sort of a 1,000-row repository by push time (ms)", results["gui_1m"]["sort_1k_repo_ms"], "<=", 50),
        ("gui 1m full load / berthctl ls --all", results["gui_1m"]["load_ratio_to_cli"], "<=", 1.5),
        ("inspect, cached (ms)", results["inspect"]["cached_ms"], "<=", 50),
        ("inspect, cold /v2/ requests", results["inspect"]["cold_requests"], "<=", 2),
        ("berth: cached contents shown (ms)", results["inspect"]["berth_cached_ms"], "<=", 30),
        ("plain registry: speedup vs skopeo loop", results["plain"]["speedup_vs_skopeo_loop"], ">=", 10),
        ("plain registry: ratio to parallel", results["plain"]["ratio_to_parallel"], "<=", 1.5),
        ("storage: cold ratio to parallel", results["storage"]["cold_ratio_to_parallel"], "<=", 1.5),
        ("storage: warm, 50,000 manifests (s)", results["storage"]["warm_50k_s"], "<=", 2),
        ("storage: bytes per manifest", results["storage"]["bytes_per_manifest"], "<=", 300),
        ("storage: planner with the estimate / without", results["storage"]["planner_estimate_ratio"], "<=", 2),
        ("copy: berthctl cp / skopeo copy", results["copy"]["ratio_to_skopeo"], "<=", 1.2),
        ("undo: speedup vs curl loop", results["undo"]["speedup_vs_curl"], ">=", 10),
    ]
    tres = {}
    for name, value, op, goal in targets:
        met = None if value is None else (value >= goal if op == ">=" else value <= goal)
        tres[name] = {"value": value, "goal": f"{op} {goal}", "met": met}
    results["targets"] = tres

    with open(a.out, "w") as f:
        json.dump(results, f, indent=2)
        f.write("\n")

    # The table, in Markdown so that README.md can quote it as is.
    def fmt(x, unit="", digits=2):
        if x is None:
            return "–"
        return f"{x:.{digits}f}{unit}"

    def span(s, digits=2):
        if s is None:
            return "–"
        return f"{s['min']:.{digits}f}–{s['max']:.{digits}f}"

    rows = []
    req = requests
    rows.append(("enumerate", "berthctl ls --all --json", fmt(med(en["berthctl"]), " s"), span(en["berthctl"]),
                 f"{fmt(rps(b_req, en['berthctl']), ' req/s', 0)}, peak RSS {fmt(med(en_rss), ' MiB', 1)}, "
                 f"CPU {fmt(med(en_cpu['berthctl']), ' s')}"))
    rows.append(("enumerate", "curl loop (sequential)", fmt(med(en["curl_loop"]), " s"), span(en["curl_loop"]),
                 f"{fmt(rps(req, en['curl_loop']), ' req/s', 0)}; berthctl is "
                 f"{fmt(results['enumerate']['speedup_vs_curl'], '×')} faster"))
    rows.append(("enumerate", "curl --parallel-max 6", fmt(med(en["parallel"]), " s"), span(en["parallel"]),
                 f"{fmt(rps(req, en['parallel']), ' req/s', 0)}, CPU {fmt(med(en_cpu['parallel']), ' s')}; berthctl takes "
                 f"{fmt(results['enumerate']['ratio_to_parallel'], '×')} its time"))
    if med(en1m["berthctl"]) is not None:
        rows.append(("enumerate 1m", "berthctl ls --all --json", fmt(med(en1m["berthctl"]), " s"),
                     span(en1m["berthctl"]), f"{en1m_meta.get('tags')} tags, {en1m_meta.get('requests')} pages, "
                     f"peak RSS {fmt(med(en1m_rss), ' MiB', 1)}, CPU {fmt(med(en1m_cpu['berthctl']), ' s')}"))
        rows.append(("enumerate 1m", "curl --parallel-max 6", fmt(med(en1m["parallel"]), " s"), span(en1m["parallel"]),
                     f"CPU {fmt(med(en1m_cpu['parallel']), ' s')}; berthctl takes "
                     f"{fmt(results['enumerate_1m']['ratio_to_parallel'], '×')} its time"))
    rows.append(("delete", f"berthctl rm --from-file ({meta.get('delete_tags')} tags)", fmt(med(de["berthctl"]), " s"),
                 span(de["berthctl"]), f"peak RSS {fmt(med(de_rss), ' MiB', 1)}"))
    rows.append(("delete", "curl -X DELETE loop", fmt(med(de["curl_loop"]), " s"), span(de["curl_loop"]),
                 f"berthctl is {fmt(results['delete']['speedup_vs_curl'], '×')} faster"))
    rows.append(("plain registry", "berthctl ls --all --json", fmt(med(pl["berthctl"]), " s"), span(pl["berthctl"]),
                 f"peak RSS {fmt(med(pl_rss), ' MiB', 1)}, CPU {fmt(med(pl_cpu['berthctl']), ' s')}"))
    rows.append(("plain registry", "skopeo list-tags loop", fmt(med(pl["skopeo_loop"]), " s"), span(pl["skopeo_loop"]),
                 f"berthctl is {fmt(results['plain']['speedup_vs_skopeo_loop'], '×')} faster"))
    rows.append(("plain registry", "curl --parallel-max 6", fmt(med(pl["parallel"]), " s"), span(pl["parallel"]),
                 f"berthctl takes {fmt(results['plain']['ratio_to_parallel'], '×')} its time"))
    rows.append(("storage", f"cold analysis ({sto_manifests} manifests)", fmt(med(sto["cold"]), " s"), span(sto["cold"]),
                 f"{fmt(results['storage']['cold_ratio_to_parallel'], '×')} curl --parallel; graph "
                 f"{fmt(med(sto_bpm), ' B', 0)}/manifest, peak RSS {fmt(med(sto_rss), ' MiB', 1)}"))
    rows.append(("storage", "curl --parallel, same manifests", fmt(med(sto_par), " s"), span(sto_par), ""))
    rows.append(("storage", "warm analysis (from the cache)", fmt(med(sto["warm"]), " s"), span(sto["warm"]),
                 f"{fmt(warm_50k, ' s')} per 50,000 manifests"))
    rows.append(("storage", "berthctl plan --json (estimate)", fmt(med(pln["with_estimate"]), " s"),
                 span(pln["with_estimate"]), f"{fmt(results['storage']['planner_estimate_ratio'], '×')} the plan without it"))
    rows.append(("storage", "berthctl plan --csv (no estimate)", fmt(med(pln["without_estimate"]), " s"),
                 span(pln["without_estimate"]), ""))
    g = lambda k, u, d=1: (fmt(med(gui[k]), u, d), span(gui[k], d))
    for k, label, unit, d in [("load_s", "load, everything expanded", " s", 2),
                              ("peak_rss_mb", "peak RSS", " MiB", 1),
                              ("bytes_per_tag", "bytes per tag", " B", 0),
                              ("max_stall_ms", "max main-thread stall", " ms", 1),
                              ("filter_ms", f"regex filter {meta.get('filter')}", " ms", 1),
                              ("filter_layout_ms", "view relayout after filter", " ms", 1),
                              ("filter_total_ms", "regex filter, relayout included", " ms", 1)]:
        m, s = g(k, unit, d)
        rows.append(("gui model", label, m, s, ""))
    for k, label, unit, d in [("load_s", "load, everything expanded", " s", 2),
                              ("peak_rss_mb", "peak RSS", " MiB", 1),
                              ("bytes_per_tag", "bytes per tag", " B", 0),
                              ("max_stall_ms", "max main-thread stall while loading", " ms", 1),
                              ("expand_all_stall_ms", "max main-thread stall during Expand all", " ms", 1),
                              ("filter_total_ms", "regex filter, relayout included", " ms", 1),
                              ("sort_push_ms", "sort every row by push time", " ms", 1)]:
        if gui1m[k] is not None:
            rows.append(("gui model 1m", label, fmt(med(gui1m[k]), unit, d), span(gui1m[k], d), ""))
    if sort1k is not None:
        rows.append(("gui model", "sort a 1,000-row repository by push time", fmt(med(sort1k), " ms", 1),
                     span(sort1k, 1), ""))
    for k, label in [("first_window_ms", "berth first window"), ("projects_listed_ms", "berth projects listed"),
                     ("settled_ms", "berth settled (quiet 2×300 ms)")]:
        rows.append(("start-up", label, fmt(med(st[k]), " ms", 0), span(st[k], 0), ""))
    if med(cp["berthctl"]) is not None:
        mib = (cp_meta.get("bytes") or 0) / 1048576.0
        rows.append(("copy", f"berthctl cp --to-url ({mib:.0f} MiB, {cp_meta.get('layers')} layers)",
                     fmt(med(cp["berthctl"]), " s"), span(cp["berthctl"]),
                     f"peak RSS {fmt(med(cp_rss['berthctl']), ' MiB', 1)}, CPU {fmt(med(cp_cpu['berthctl']), ' s')}; "
                     f"{fmt(results['copy']['ratio_to_skopeo'], '×')} skopeo's time"))
        rows.append(("copy", "skopeo copy", fmt(med(cp["skopeo"]), " s"), span(cp["skopeo"]),
                     f"peak RSS {fmt(med(cp_rss['skopeo']), ' MiB', 1)}, CPU {fmt(med(cp_cpu['skopeo']), ' s')}"))
    if med(ud["berthctl"]) is not None:
        rows.append(("undo", f"berthctl undo --last ({ud_meta.get('tags')} tags, Harbor)", fmt(med(ud["berthctl"]), " s"),
                     span(ud["berthctl"]), f"peak RSS {fmt(med(ud_rss), ' MiB', 1)}, CPU {fmt(med(ud_cpu['berthctl']), ' s')}"))
        rows.append(("undo", "curl POST tags loop (Harbor)", fmt(med(ud["curl_loop"]), " s"), span(ud["curl_loop"]),
                     f"CPU {fmt(med(ud_cpu['curl_loop']), ' s')}; berthctl is "
                     f"{fmt(results['undo']['speedup_vs_curl'], '×')} faster"))
    if med(udp["berthctl"]) is not None:
        rows.append(("undo, plain registry", f"berthctl undo --last ({udp_meta.get('tags')} tags, one manifest)",
                     fmt(med(udp["berthctl"]), " s"), span(udp["berthctl"]), f"CPU {fmt(med(udp_cpu['berthctl']), ' s')}"))
        rows.append(("undo, plain registry", "curl manifest PUT loop", fmt(med(udp["curl_loop"]), " s"),
                     span(udp["curl_loop"]), f"CPU {fmt(med(udp_cpu['curl_loop']), ' s')}; berthctl is "
                     f"{fmt(results['undo']['plain_speedup_vs_curl'], '×')} faster"))
    rows.append(("harbor-sim", "throughput", fmt(rps(req, en["parallel"]), " req/s", 0), "",
                 f"{fmt(meta.get('sim_cpu_ms_per_request'), ' ms', 3)} CPU/request; generated "
                 f"{meta['tags']} tags in {meta.get('generate_ms')} ms"))

    lines = [f"Machine: {meta['machine']}. Data: {meta['tags']:,} tags ({meta['generate']}), "
             f"{meta['reps']} repetition(s), medians. Load average at start {meta.get('loadavg_start')}, "
             f"at end {meta.get('loadavg_end')}.", "",
             "| Measurement | Competitor | Median | Min–max | Notes |", "|---|---|---|---|---|"]
    for r in rows:
        lines.append("| " + " | ".join(r) + " |")
    lines += ["", "| Target | Value | Goal | Met |", "|---|---|---|---|"]
    for name, t in tres.items():
        met = "–" if t["met"] is None else ("yes" if t["met"] else "**no**")
        lines.append(f"| {name} | {t['value']} | {t['goal']} | {met} |")
    table = "\n".join(lines) + "\n"
    print(table)
    if a.table:
        with open(a.table, "w") as f:
            f.write(table)
    return 0


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="what", required=True)
    r = sub.add_parser("run")
    r.add_argument("--record", required=True)
    r.add_argument("--tag", action="append")
    r.add_argument("--stdout")
    r.add_argument("--stderr")
    r.add_argument("cmd", nargs=argparse.REMAINDER)
    d = sub.add_parser("add")
    d.add_argument("--record", required=True)
    d.add_argument("--tag", action="append")
    d.add_argument("--json", required=True)
    s = sub.add_parser("summarize")
    s.add_argument("--record", required=True)
    s.add_argument("--meta", required=True)
    s.add_argument("--out", required=True)
    s.add_argument("--table")
    a = p.parse_args()
    return {"run": cmd_run, "add": cmd_add, "summarize": cmd_summarize}[a.what](a)


if __name__ == "__main__":
    sys.exit(main())

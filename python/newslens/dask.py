"""newslens.dask: many documents on a dask.distributed cluster, as JSON Lines.

    from dask.distributed import Client
    import newslens.dask

    client = Client("tcp://scheduler:8786")          # or Client(LocalCluster(...))
    with open("out.jsonl", "w", encoding="utf-8") as out:
        failed = newslens.dask.write_jsonl(["corpus/"], out, client)

or from a shell (--scheduler omitted: a LocalCluster of --workers processes on this machine):

    python3 -m newslens.dask --scheduler tcp://scheduler:8786 -o out.jsonl corpus/

The output is what `newslens analyze --format jsonl FILE...` prints for the same files, in the
same order: one line per document, its "file" member the path as given (a folder's files are
its path joined with each name). A document that fails is never dropped: its line is an error
object in place of the analysis, {"file": ..., "error": {"code", "message", "offset"}} (the
contract's ErrorToJson), with the contract's codes ("not_text", "too_large", ...) and two of
this module's own: "unreadable" (the worker could not read the file; offset null) and
"task_failed" (the task itself failed, e.g. its worker died more often than the scheduler
allows; the message says why).

The workers read the files themselves, so the paths must name the same files on every worker
(a shared or replicated file system), and `newslens` must be importable on every worker (the
same build on PYTHONPATH, or installed with `cmake --install`). Documents go to the workers in
batches (batch_size documents per task), with a bounded number of batches in flight, so the
client holds only a window of results however long the list is.
"""

import argparse
import collections
import json
import os
import sys

import newslens


def expand_paths(paths):
    """Each path as given, a folder replaced by its files (not hidden), sorted by name."""
    files = []
    for path in paths:
        path = os.fspath(path)
        if os.path.isdir(path):
            names = sorted(name for name in os.listdir(path) if not name.startswith("."))
            files.extend(os.path.join(path, name) for name in names
                         if os.path.isfile(os.path.join(path, name)))
        else:
            files.append(path)
    return files


def _error_line(path, code, message):
    """An error line in the layout of the contract's ErrorToJson (one line)."""
    return json.dumps({"file": path, "error": {"code": code, "message": message, "offset": None}},
                      ensure_ascii=False, separators=(",", ":"))


def analyze_batch(paths, markup="auto", form="nfc"):
    """Runs on a worker: (line, failed) for each path, in order; the line has no newline."""
    results = []
    for path in paths:
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as e:
            results.append((_error_line(path, "unreadable", e.strerror or str(e)), True))
            continue
        # The analysis's line, or its error object's when `error` is set.
        line, error = newslens._core.analyze(data, markup, form, -1, path)
        results.append((line, error is not None))
    return results


def _results(paths, client, markup, form, batch_size, window):
    files = expand_paths(paths)
    batches = [files[i:i + batch_size] for i in range(0, len(files), batch_size)]
    if window is None:
        window = 4 * (sum(client.nthreads().values()) or 1)
    pending = collections.deque()
    next_batch = 0
    while next_batch < len(batches) or pending:
        while next_batch < len(batches) and len(pending) < window:
            batch = batches[next_batch]
            pending.append((batch, client.submit(analyze_batch, batch, markup, form,
                                                 pure=False)))
            next_batch += 1
        batch, future = pending.popleft()
        try:
            results = future.result()
        except Exception as e:  # noqa: BLE001 -- any failure of a task is reported, per file
            results = [(_error_line(path, "task_failed", f"{type(e).__name__}: {e}"), True)
                       for path in batch]
        finally:
            future.release()
        yield from results


def analyze_files(paths, client, *, markup="auto", form="nfc", batch_size=8, window=None):
    """Yields the JSON Lines line (no newline) of each document of `paths`, in input order.

    `paths`: files and folders (see expand_paths). `client`: a dask.distributed Client.
    `window`: batches in flight at once (default: four per worker thread).
    """
    for line, _ in _results(paths, client, markup, form, batch_size, window):
        yield line


def write_jsonl(paths, out, client, *, markup="auto", form="nfc", batch_size=8, window=None):
    """Writes the lines of analyze_files to the text stream `out`; returns how many are errors."""
    failed = 0
    for line, error in _results(paths, client, markup, form, batch_size, window):
        out.write(line)
        out.write("\n")
        failed += error
    return failed


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python3 -m newslens.dask",
        description="Analyse files on a dask.distributed cluster into JSON Lines "
                    "(the output of `newslens analyze --format jsonl`).")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, or folders of files")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="the scheduler's address (tcp://host:8786); without it a "
                             "LocalCluster runs on this machine")
    parser.add_argument("--workers", type=int, default=2,
                        help="worker processes of the LocalCluster (default 2)")
    parser.add_argument("-o", "--output", metavar="FILE", help="output file (default: stdout)")
    parser.add_argument("--markup", choices=("auto", "text", "html"), default="auto")
    parser.add_argument("--form", choices=("nfc", "nfkc"), default="nfc")
    parser.add_argument("--batch-size", type=int, default=8)
    args = parser.parse_args(argv)

    from dask.distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
        try:
            failed = write_jsonl(args.paths, out, client, markup=args.markup, form=args.form,
                                 batch_size=args.batch_size)
        finally:
            if out is not sys.stdout:
                out.close()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    if failed:
        print(f"newslens.dask: {failed} document(s) failed (error lines in the output)",
              file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

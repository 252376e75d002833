"""Which klass headers a benchmark measures: a directory given, or include/ of a commit."""
import os
import subprocess

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def head_include(tmp, rev="HEAD"):
    """include/ of commit `rev`, extracted into tmp, and the commit."""
    commit = subprocess.run(["git", "-C", REPO, "rev-parse", rev], check=True, text=True,
                            capture_output=True).stdout.strip()
    archive = subprocess.run(["git", "-C", REPO, "archive", commit, "include"], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
    return os.path.join(tmp, "include"), commit


def headers_under_test(tmp, include, rev):
    """(include directory, how the results name it): `include` if given, else rev's include/."""
    if include:
        return os.path.abspath(include), "include " + os.path.abspath(include)
    path, commit = head_include(tmp, rev)
    return path, "commit " + commit[:12]

"""`python -m checks.cli`: the `check` command, also as a file that spark-submit can run (it wants a .py file)."""

from checks.cli import console

if __name__ == "__main__":
    console()

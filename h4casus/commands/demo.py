"""demo: fill a database with realistic, reproducible Dutch demo data."""

from __future__ import annotations

from h4casus.commands.common import db_path, open_context, password, username


def register(sub) -> None:
    p = sub.add_parser(
        "demo",
        help="realistische demogegevens (maakt de database aan als die er nog niet is)",
    )
    p.add_argument("--households", type=int, default=200, help="aantal huishoudens (standaard 200)")
    p.add_argument("--seed", type=int, default=1, help="zelfde seed, zelfde gegevens (standaard 1)")
    p.set_defaults(func=cmd_demo)


def cmd_demo(args) -> int:
    from h4casus.demo.generator import generate, summary_lines
    from h4casus.services.store.session import login
    from h4casus.services.store.vault import init_store

    path = db_path(args)
    if not path.exists():
        name = username(args)
        result = init_store(path, name, password(args, prompt="Wachtwoord voor de beheerder: "))
        print(f"Database aangemaakt: {path}")
        print(f"Beheerder: {name} (rollen beheerder en teamleider, alle teams)")
        print()
        print("HERSTELSLEUTEL — wordt maar één keer getoond. Bewaar hem op papier in een kluis:")
        print(f"    {result.recovery_key}")
        print()
        try:
            ctx = login(result.vault, name)
        except BaseException:
            result.vault.close()
            raise
    else:
        ctx = open_context(args)
    try:
        outcome = generate(ctx, args.households, args.seed)
    finally:
        ctx.vault.close()
    print("Demogegevens toegevoegd:")
    for line in summary_lines(outcome):
        print(f"  {line}")
    return 0

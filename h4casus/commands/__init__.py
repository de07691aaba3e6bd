"""CLI sub-commands, one module per area. Each module has `register(subparsers)`;
cli.py discovers them, so adding a command touches no shared file."""

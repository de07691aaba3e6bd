"""The encrypted store as a whole: open, init and sign in, the key lifecycle (password, re-key,
recovery), backups and `verify`. SQLCipher specifics stay here and in `h4casus.storage`."""

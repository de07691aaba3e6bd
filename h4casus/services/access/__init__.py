"""Who may do what to which household: `authorize` asks the policy table (with break-glass
grants) and logs the access; `scope` is the same rule as SQL for lists; `breakglass` opens and
ends emergency access."""

"""Staff security: roles, two-factor sign-in, lockout, security headers, the access log.

- roles.py      the role -> permissions table (volunteer, researcher, curator, admin)
- clearance.py  who may see confidential records and fields, who may publish
- admin_access.py  the admin mixins that enforce both, and log confidential views
- audit.py      log_access(): the append-only log of views of confidential data
- twofactor.py  every /admin/ and /staff/ URL needs a TOTP-verified staff user
- headers.py    Content-Security-Policy and the other security headers
"""

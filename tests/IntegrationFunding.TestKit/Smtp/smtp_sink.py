"""A real SMTP server for tests (Debian python3-aiosmtpd).

Usage: smtp_sink.py HOST PORT DIR [--smtputf8] [--auth USER:PASSWORD]

Each accepted message is saved as DIR/<n>.eml plus DIR/<n>.json with the decoded parts (to, subject,
headers, text, html, content type). Recipients containing "bounce" are refused with 550 (a permanent failure),
recipients containing "greylist" with 451 (a temporary one); both replies quote the address, as real relays do.
--smtputf8 offers SMTPUTF8 (RFC 6531); --auth requires AUTH PLAIN/LOGIN with these credentials (over plain
text: loopback tests only).
"""
import email
import email.policy
import json
import os
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    def __init__(self, folder):
        self.folder = folder

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if "bounce" in address:
            return "550 5.1.1 <%s>: Mailbox unavailable" % address
        if "greylist" in address:
            return "451 4.7.1 <%s>: Greylisted, try again later" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        name = "%d-%d" % (time.time_ns(), os.getpid())
        message = email.message_from_bytes(raw, policy=email.policy.default)
        parts = {"text": None, "html": None}
        for part in message.walk():
            kind = part.get_content_type()
            if kind == "text/plain" and parts["text"] is None:
                parts["text"] = part.get_content()
            elif kind == "text/html" and parts["html"] is None:
                parts["html"] = part.get_content()
        record = {
            "to": envelope.rcpt_tos,
            "subject": str(message["Subject"]),
            "headers": {k: str(v) for k, v in message.items()},
            "text": parts["text"],
            "html": parts["html"],
            "contentType": message.get_content_type(),
            "smtputf8": "SMTPUTF8" in envelope.mail_options,
        }
        with open(os.path.join(self.folder, name + ".eml"), "wb") as f:
            f.write(raw)
        tmp = os.path.join(self.folder, name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False)
        os.replace(tmp, os.path.join(self.folder, name + ".json"))
        return "250 Message accepted for delivery"


def credentials_check(expected):
    user, password = expected.split(":", 1)

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user and auth_data.password.decode() == password
        return AuthResult(success=ok)

    return authenticator


def main():
    host, port, folder = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    options = sys.argv[4:]
    kwargs = {"enable_SMTPUTF8": "--smtputf8" in options}
    if "--auth" in options:
        kwargs.update(authenticator=credentials_check(options[options.index("--auth") + 1]), auth_required=True, auth_require_tls=False)
    controller = Controller(Sink(folder), hostname=host, port=port, **kwargs)
    controller.start()
    print("ready", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""A request backend written apart from seloste and from its reference receiver (Python's
standard library only, no shared code), that behaves as real municipal backends and CMS
form handlers do, at random with a seed: 5xx, 408, 429 with Retry-After in seconds or as
an HTTP date, answers held past the form's timeout, connections closed after storing,
200/201/202 with bodies that are not JSON, 301/302/303/307 redirects to an HTML page,
409 to a key it has stored, 413.

It stores each request under its Idempotency-Key, after checking that the key is the
request's id in the body (JSON, form-urlencoded or multipart, read with the standard
library), and counts what a test needs to know that nothing was lost or doubled.

Usage: receiver.py SEED  (prints "listening on http://127.0.0.1:PORT")
Test endpoints (loopback only, for the test that started it): GET /__stats,
GET /__stored/<id>, POST /__calm (no more faults).
"""
import email.parser
import email.policy
import email.utils
import json
import random
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# (what happens, weight). "store" answers 201 with JSON, as the contract says.
FAULTS = [
    ('store', 40),
    ('500', 5), ('502', 3), ('503', 4), ('408', 3),
    ('429-seconds', 3), ('429-date', 3),
    ('hold', 1),
    ('store-then-close', 5),
    ('store-200-text', 3), ('store-201-html', 3), ('store-202-empty', 3),
    ('301', 3), ('302', 3), ('303', 3), ('307', 3),
    ('413', 2),
]
HOLD_SECONDS = 16  # the form gives up on an attempt after 15 s

lock = threading.Lock()
stored = {}  # id -> {"encoding", "body_sha"}
stats = {'attempts': 0, 'stored': 0, 'duplicates_answered': 0, 'answered_409': 0,
         'key_mismatch': 0, 'faults': {}, 'get_after_redirect': 0, 'answered': {},
         'refused': {}}  # key -> how many times it was answered 413
calm = False
rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1)


def pick():
    with lock:
        if calm:
            return 'store'
        total = sum(w for _, w in FAULTS)
        n = rng.uniform(0, total)
        for name, weight in FAULTS:
            n -= weight
            if n <= 0:
                return name
        return 'store'


def request_id(content_type, body):
    """The request's id, read from the body as its encoding says; None if unreadable."""
    try:
        kind = content_type.split(';')[0].strip().lower()
        if kind == 'application/json':
            return json.loads(body)['id'], 'json'
        if kind == 'application/x-www-form-urlencoded':
            fields = urllib.parse.parse_qs(body.decode('utf-8'), strict_parsing=True)
            return json.loads(fields['payload'][0])['id'], 'form'
        if kind == 'multipart/form-data':
            message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                b'Content-Type: ' + content_type.encode() + b'\r\n\r\n' + body)
            for part in message.iter_parts():
                if part.get_param('name', header='content-disposition') == 'payload':
                    return json.loads(part.get_content() if isinstance(part.get_content(), str) else part.get_content().decode())['id'], 'multipart'
    except (KeyError, ValueError, TypeError, AttributeError):
        return None
    return None


class Handler(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, *args):
        pass

    def cors(self):
        self.send_header('Access-Control-Allow-Origin', self.headers.get('Origin') or '*')
        self.send_header('Access-Control-Expose-Headers', 'Retry-After')
        self.send_header('Vary', 'Origin')

    def answer(self, status, body=b'', content_type='application/json', headers=()):
        with lock:
            stats['answered'][str(status)] = stats['answered'].get(str(status), 0) + 1
        try:
            self.send_response(status)
            self.cors()
            for name, value in headers:
                self.send_header(name, value)
            self.send_header('Content-Type', content_type)
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            # The client gave up first (an answer held past its timeout).
            self.close_connection = True

    def do_OPTIONS(self):
        self.send_response(204)
        self.cors()
        self.send_header('Access-Control-Allow-Methods', 'POST')
        self.send_header('Access-Control-Allow-Headers', self.headers.get('Access-Control-Request-Headers', 'Content-Type, Idempotency-Key'))
        self.send_header('Access-Control-Max-Age', '600')
        self.send_header('Content-Length', '0')
        self.end_headers()

    def do_GET(self):
        global calm
        if self.path == '/__stats':
            with lock:
                body = dict(stats, distinct=len(stored))
            return self.answer(200, json.dumps(body).encode())
        if self.path.startswith('/__stored/'):
            with lock:
                found = stored.get(self.path[len('/__stored/'):])
            return self.answer(200 if found else 404, json.dumps(found).encode())
        # Where the redirects point: a CMS page, which answers a GET with HTML and 200.
        with lock:
            stats['get_after_redirect'] += 1
        return self.answer(200, b'<html><body><h1>Kiitos!</h1></body></html>', 'text/html')

    def do_POST(self):
        global calm
        length = int(self.headers.get('Content-Length') or 0)
        body = self.rfile.read(length)
        if self.path == '/__calm':
            with lock:
                calm = True
            return self.answer(204)
        if self.path.startswith('/thanks'):
            return self.answer(200, b'<html><body>Kiitos!</body></html>', 'text/html')
        key = self.headers.get('Idempotency-Key', '')
        read = request_id(self.headers.get('Content-Type', ''), body)
        with lock:
            stats['attempts'] += 1
        if read is None or read[0] != key:
            with lock:
                stats['key_mismatch'] += 1
            return self.answer(400, json.dumps({'message': 'Pyyntöä ei voitu lukea.'}).encode())
        request_id_, encoding = read
        fault = pick()
        with lock:
            stats['faults'][fault] = stats['faults'].get(fault, 0) + 1
            known = key in stored
        if known and (fault.startswith('store') or fault == '413'):
            # A key stored before: the first answer again, or a 409 as many backends give.
            # (The key is looked up before the body is judged, so a stored request is
            # never refused afterwards.)
            with lock:
                stats['duplicates_answered'] += 1
                if rng.random() < 0.5:
                    stats['answered_409'] += 1
                    status = 409
                else:
                    status = 200
            return self.answer(status, json.dumps({'reference': 'CASE-' + key[:8], 'duplicate': True}).encode())
        if fault == 'store' or fault.startswith('store-'):
            with lock:
                stored[key] = {'encoding': encoding}
                stats['stored'] += 1
            if fault == 'store':
                return self.answer(201, json.dumps({'reference': 'CASE-' + key[:8]}).encode())
            if fault == 'store-then-close':
                self.close_connection = True
                self.connection.close()
                return
            if fault == 'store-200-text':
                return self.answer(200, b'OK', 'text/plain')
            if fault == 'store-201-html':
                return self.answer(201, b'<html><body>Vastaanotettu</body></html>', 'text/html')
            return self.answer(202, b'', 'text/plain')
        if fault in ('500', '502', '503', '408'):
            return self.answer(int(fault), b'<html><body>Service unavailable</body></html>', 'text/html')
        if fault == '429-seconds':
            return self.answer(429, b'{}', headers=[('Retry-After', '1')])
        if fault == '429-date':
            when = email.utils.formatdate(time.time() + 1, usegmt=True)
            return self.answer(429, b'{}', headers=[('Retry-After', when)])
        if fault == 'hold':
            time.sleep(HOLD_SECONDS)
            return self.answer(503, b'')
        if fault in ('301', '302', '303', '307'):
            return self.answer(int(fault), b'', 'text/html', headers=[('Location', '/thanks')])
        if fault == '413':
            with lock:
                stats['refused'][key] = stats['refused'].get(key, 0) + 1
            return self.answer(413, json.dumps({'message': 'Liian suuri pyyntö.'}).encode())
        return self.answer(500, b'')


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A client that gave up and closed its connection is part of the play.
        if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            return
        super().handle_error(request, client_address)


def main():
    server = Server(('127.0.0.1', 0), Handler)
    print(f'listening on http://127.0.0.1:{server.server_address[1]}', flush=True)
    server.serve_forever()


if __name__ == '__main__':
    main()

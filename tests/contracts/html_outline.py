"""Reads HTML on stdin with Python's own html.parser and prints every element's name
("tag<TAB>name") and every heading with its text ("h2<TAB>text"): the independent reader of
the static notice that components/src/notice/render/tests.rs checks."""
import sys
from html.parser import HTMLParser

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
VOID = {"br", "link", "meta", "img", "input", "hr"}


class Outline(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.heading = None
        self.text = []

    def handle_starttag(self, tag, attrs):
        print(f"tag\t{tag}")
        if tag in HEADINGS:
            self.heading, self.text = tag, []

    def handle_endtag(self, tag):
        if tag == self.heading:
            print(f"{tag}\t{' '.join(''.join(self.text).split())}")
            self.heading = None

    def handle_data(self, data):
        if self.heading:
            self.text.append(data)


Outline().feed(sys.stdin.read())

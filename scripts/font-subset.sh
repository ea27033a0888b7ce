#!/usr/bin/env bash
# Makes public/fonts/DejaVuSans-subset.ttf, the font the PDF maker fetches first (issue 19):
# DejaVu Sans cut to Latin (with the Sámi letters and the modifier letters of Skolt Sámi),
# Greek, Cyrillic, punctuation and the few symbols a request's PDF draws; no hinting, no
# layout tables (the PDF writer places glyphs by their advances only). About a fifth of the
# whole font; the whole font is fetched only for a request with a character outside it
# (components/src/pdf/mod.rs, FontFile). The file is committed: run this only to change
# the ranges or the font. The native tests check the result against the whole font
# (components/src/pdf/tests/subset.rs).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if ! python3 -c 'import fontTools, sys; sys.exit(fontTools.version != "4.55.3")' 2>/dev/null; then
    python3 -m pip install --quiet --disable-pip-version-check fonttools==4.55.3
fi
# Basic Latin, Latin-1, Latin Extended-A and -B and Additional, the Sámi letter ʒ and the
# modifier letters (ʹ ʺ ʻ ʼ) and accents (ˆ ˇ ˘ ˙ ˚ ˛ ˜ ˝), combining marks, Greek, Cyrillic,
# punctuation, currency, letterlike symbols (№), four arrows, a few maths signs, boxes,
# bullet and check marks, and the replacement character.
RANGES="U+0020-007E,U+00A0-024F,U+0292,U+02B9-02BC,U+02C6-02DD,U+0300-036F,U+0370-03FF,U+0400-04FF,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-2193,U+2212,U+2260,U+2264-2265,U+25A0-25A1,U+25CF,U+2713,U+2717,U+FFFD"
python3 -m fontTools.subset public/fonts/DejaVuSans.ttf \
    --unicodes="$RANGES" \
    --layout-features='' \
    --drop-tables+=GSUB,GPOS,GDEF,kern,FFTM,MATH \
    --no-hinting --no-glyph-names \
    --output-file=public/fonts/DejaVuSans-subset.ttf
ls -l public/fonts/DejaVuSans-subset.ttf

#!/bin/sh
# SPDX-License-Identifier: MIT
#
# Re-creates the committed sample-audio clips. Needs espeak-ng, lame (3.100) and python3
# (standard library only). The build and the tests never run this: they use the outputs.
#
# Outputs, all mono:
#   speech-N.mp3 / hold.mp3 / silence.mp3  MPEG-2 Layer III, 16 kHz, 24 kbps CBR, no Xing/LAME
#                                          tag (-t), no bit reservoir (--nores). Every frame is
#                                          108 bytes and self-contained, so whole frames of
#                                          different files can be concatenated into one stream.
#   speech-N.ulaw / hold.ulaw              headerless G.711 mu-law, 8 kHz (half the size of
#                                          16-bit PCM); SampleAudio expands it to 16-bit WAV.
#
# The order of the speech lines matters: SampleAudioClips gives clip 1 the role "please hold"
# and clip 2 the role "thanks for waiting".
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# python3 helpers: trim silence + normalise, mu-law encode, hold music, digital silence.
cat >"$tmp/tool.py" <<'EOF'
import math, struct, sys, wave

def read(path):
    with wave.open(path) as w:
        rate, data = w.getframerate(), w.readframes(w.getnframes())
    return rate, list(struct.unpack('<%dh' % (len(data) // 2), data))

def write(path, rate, samples):
    with wave.open(path, 'wb') as w:
        w.setnchannels(1); w.setsampwidth(2); w.setframerate(rate)
        w.writeframes(struct.pack('<%dh' % len(samples), *samples))

def trim(src, dst):
    # Drop leading/trailing near-silence (pauses come from SampleAudio), peak at -3 dBFS.
    rate, s = read(src)
    loud = [i for i, v in enumerate(s) if abs(v) > 600]
    margin = rate // 20
    s = s[max(0, loud[0] - margin):loud[-1] + margin]
    gain = 0.7 * 32767 / max(abs(v) for v in s)
    write(dst, rate, [int(v * gain) for v in s])

def ulaw(src, dst):
    _, s = read(src)
    out = bytearray()
    for v in s:
        sign = 0x80 if v < 0 else 0
        v = min(abs(v), 32635) + 0x84
        exp = max(0, v.bit_length() - 8)
        out.append(~(sign | (exp << 4) | ((v >> (exp + 3)) & 0x0F)) & 0xFF)
    open(dst, 'wb').write(out)

def hold(dst):
    # "Hold music": a soft six-note arpeggio with decaying notes, then a rest, so the loop
    # seam falls on silence.
    rate, note, notes = 16000, 0.25, [523.25, 659.25, 783.99, 587.33, 698.46, 880.0]
    s = []
    for f in notes:
        for i in range(int(rate * note)):
            t = i / rate
            env = min(1.0, t / 0.01) * math.exp(-t * 6)
            v = math.sin(2 * math.pi * f * t) + 0.3 * math.sin(4 * math.pi * f * t)
            s.append(int(6000 * env * v))
    s += [0] * int(rate * 0.5)
    write(dst, rate, s)

def silence(dst):
    write(dst, 16000, [0] * 4000)

{'trim': trim, 'ulaw': ulaw, 'hold': hold, 'silence': silence}[sys.argv[1]](*sys.argv[2:])
EOF

mp3() { lame --quiet -t --nores --cbr -b 24 -m m --resample 16 "$1" "$2"; }
# 8 kHz PCM: lame's resampler via a near-transparent 128 kbps round trip, then mu-law.
ulaw() {
    lame --quiet -t --cbr -b 128 -m m --resample 8 "$1" "$tmp/8k.mp3"
    lame --quiet --decode "$tmp/8k.mp3" "$tmp/8k.wav"
    python3 "$tmp/tool.py" ulaw "$tmp/8k.wav" "$2"
}

n=0
while IFS='|' read -r voice text; do
    n=$((n + 1))
    espeak-ng -v "$voice" -s 165 -w "$tmp/raw.wav" "$text"
    python3 "$tmp/tool.py" trim "$tmp/raw.wav" "$tmp/clip.wav"
    mp3 "$tmp/clip.wav" "speech-$n.mp3"
    ulaw "$tmp/clip.wav" "speech-$n.ulaw"
done <<'EOF'
en-us+f3|Estate settlement office, how can I help?
en-us+f3|Please hold while I check the file.
en-us+f3|Thanks for waiting. I have the file here.
en-gb|I am calling about my late father's bank account.
en-gb|The case number is four seven one two nine.
en-gb|When will the funds be released?
EOF

python3 "$tmp/tool.py" hold "$tmp/hold.wav"
mp3 "$tmp/hold.wav" hold.mp3
ulaw "$tmp/hold.wav" hold.ulaw
python3 "$tmp/tool.py" silence "$tmp/silence.wav"
mp3 "$tmp/silence.wav" silence.mp3
ls -l ./*.mp3 ./*.ulaw

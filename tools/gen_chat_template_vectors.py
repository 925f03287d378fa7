#!/usr/bin/env python3
"""Render extra SmolLM3 chat-template cases with Jinja2, set up as Hugging Face transformers
does (sandboxed environment, trim_blocks, lstrip_blocks, the {% generation %} tag, strftime_now),
into tests/data/chat/smollm3_extra_vectors.jsonl (same row format as
tests/data/smollm3/chat_template_vectors.jsonl, which this script first re-renders as a check).

    python3 tools/gen_chat_template_vectors.py > tests/data/chat/smollm3_extra_vectors.jsonl
"""
import json
import sys
from pathlib import Path

import jinja2
from jinja2 import nodes
from jinja2.ext import Extension
from jinja2.sandbox import ImmutableSandboxedEnvironment

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = (ROOT / "tests/data/smollm3/chat_template.jinja").read_text()


class GenerationTag(Extension):
    """transformers' AssistantTracker, minus the index tracking: renders the body."""
    tags = {"generation"}

    def parse(self, parser):
        lineno = next(parser.stream).lineno
        body = parser.parse_statements(["name:endgeneration"], drop_needle=True)
        return nodes.CallBlock(self.call_method("_render", []), [], [], body).set_lineno(lineno)

    def _render(self, caller):
        return caller()


def render(messages, variables, today):
    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True,
                                        extensions=[GenerationTag, jinja2.ext.loopcontrols])
    env.globals["strftime_now"] = lambda fmt: today
    return env.from_string(TEMPLATE).render(messages=messages, **variables)


WEATHER = {"type": "function", "function": {
    "name": "get_weather", "description": "Get the weather for a city; it's \"live\".",
    "parameters": {"type": "object", "properties": {
        "city": {"type": "string", "description": "Name, e.g. 'Paris'"},
        "unit": {"type": "string", "enum": ["c", "f"], "default": None}},
        "required": ["city"], "additionalProperties": False}, "strict": True}}
ODD = {"name": "odd", "floats": [0.1, 2.0, -0.0, 1e-07, 1e16, 1.5e+300, 123456789012345680.0, 0.0001, 3.14159],
       "ints": [0, -42, 9007199254740993], "text": "tab\tnew\nline back\\slash del\x7f zw\u200b nbsp\u00a0 beer\U0001F37A é",
       "both": "it's \"quoted\"", "empty": {}, "list": [], "nested": [[1, [2, {"k": None}]]]}

CASES = [
    ("tools_think", [{"role": "user", "content": "Weather?"}], {"add_generation_prompt": True, "tools": [WEATHER]}),
    ("tools_no_think_two", [{"role": "system", "content": "Use tools. /no_think"}, {"role": "user", "content": "Hi"}],
     {"add_generation_prompt": True, "tools": [WEATHER, ODD]}),
    ("tools_win_over_xml_tools", [{"role": "user", "content": "x"}],
     {"add_generation_prompt": True, "tools": [ODD], "xml_tools": ["ignored"]}),
    ("xml_tools_dict", [{"role": "user", "content": "x"}], {"xml_tools": [WEATHER]}),
    ("python_tools", [{"role": "user", "content": "Compute"}],
     {"add_generation_prompt": True, "python_tools": ["def add(a: int, b: int) -> int: ...", ODD]}),
    ("xml_and_python_tools", [{"role": "user", "content": "x"}],
     {"add_generation_prompt": True, "enable_thinking": False, "xml_tools": ["{'name': 'a'}"], "python_tools": ["def b(): ..."]}),
    ("system_think_beats_flag", [{"role": "system", "content": "/think Careful."}, {"role": "user", "content": "q"}],
     {"add_generation_prompt": True, "enable_thinking": False}),
    ("system_both_markers", [{"role": "system", "content": "A /think B /no_think C"}, {"role": "user", "content": "q"}],
     {"add_generation_prompt": True}),
    ("system_only_marker", [{"role": "system", "content": "/no_think"}, {"role": "user", "content": "q"}],
     {"add_generation_prompt": True}),
    ("system_unicode_trailing_space", [{"role": "system", "content": "Be brief.\u3000 \n\t\u00a0"}, {"role": "user", "content": "q"}],
     {"add_generation_prompt": False}),
    ("override_with_tools", [{"role": "system", "content": "  Raw header /system_override  /think "}, {"role": "user", "content": "q"}],
     {"add_generation_prompt": True, "tools": [WEATHER]}),
    ("override_no_think", [{"role": "system", "content": "Header./no_think/system_override"}, {"role": "user", "content": "q"},
                           {"role": "assistant", "content": "\n\na"}], {"add_generation_prompt": False}),
    ("assistant_none_content", [{"role": "user", "content": "call"}, {"role": "assistant", "content": None, "tool_calls": [
        {"type": "function", "function": {"name": "f", "arguments": "{}"}}]}, {"role": "tool", "content": "42"}],
     {"add_generation_prompt": True, "enable_thinking": False}),
    ("other_roles_skipped", [{"role": "user", "content": "a"}, {"role": "system", "content": "late system"},
                             {"role": "developer", "content": "dev"}, {"role": "assistant", "content": "\n\nb\n"}],
     {"add_generation_prompt": True}),
    ("assistant_leading_newlines_no_think", [{"role": "user", "content": "a"}, {"role": "assistant", "content": "\n\n\nb \n\n"}],
     {"add_generation_prompt": False, "enable_thinking": False}),
    ("empty_contents", [{"role": "system", "content": ""}, {"role": "user", "content": ""}, {"role": "assistant", "content": ""}],
     {"add_generation_prompt": True}),
    ("starts_with_assistant", [{"role": "assistant", "content": "Hello, how can I help?"}, {"role": "user", "content": "Tell me"}],
     {"add_generation_prompt": True, "enable_thinking": True}),
]


def main():
    for line in (ROOT / "tests/data/smollm3/chat_template_vectors.jsonl").read_text().splitlines():
        row = json.loads(line)
        got = render(row["messages"], row["vars"], row["today"])
        if got != row["rendered"]:
            sys.exit("jinja set-up does not reproduce %s" % row["name"])
    for name, messages, variables in CASES:
        today = "14 February 2026"
        row = {"name": name, "messages": messages, "vars": variables, "today": today,
               "rendered": render(messages, variables, today)}
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()

"""Attack and benign texts per language, written for the project's corpus.

One module per language code (ar, bn, de, es, fr, hi, id, it, ja, ko, pt, ru, th, tl, tr, vi,
zh), written natively in its language and script, some in the flat style of machine
translation from English, with three tuples: ``ATTACKS`` (attempts to get a guarded secret or
the system prompt, or to break a restriction, across the attack families: overrides,
persuasion, virtualization, hypothetical scenarios, fake system messages, few-shot dialogue,
payload splitting, encoded instructions, output-format tricks, indirect references,
repetition, overload, mixed languages, logic violations, direct asks), ``BENIGN`` (everyday
requests, security questions, admin and coding tasks, and look-alikes that use the same
trigger words harmlessly) and ``SYSTEM_PROMPTS`` (an application's instructions that guard a
secret or restrict the assistant: benign alone; the corpus puts texts after them). No text
comes from an evaluation set.
"""

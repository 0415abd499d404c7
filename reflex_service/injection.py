"""Prompt-injection detection: one compiled pattern over the normalized text, then context.

Each rule is a named alternative of one pattern. A match's confidence starts at the rule's
base and is lowered when the phrase is not said to the model (mid-sentence, quoted, in an
academic or testing frame, negated); below ``min_confidence`` it is not an attack. Payloads
hidden in encodings or look-alike characters are decoded and scanned again, and reported as
``encoded_payload``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reflex_service import decoders
from reflex_service.normalize import normalize

SEVERITIES = ("low", "medium", "high", "critical")
DEFAULT_MIN_CONFIDENCE = 0.5
_MAX_DECODE_DEPTH = 2


@dataclass(frozen=True)
class Rule:
    """One pattern of a family. ``addressed``: lower confidence when not said as an order."""

    injection_type: str
    severity: str
    confidence: float
    pattern: str
    addressed: bool = True


_ANY = r"(?:all\s+|any\s+|every\s+|each\s+|the\s+|your\s+|my\s+|of\s+|these\s+|those\s+)*"
_PRIOR = (
    r"(?:previous|prior|above|earlier|preceding|former|original|initial|foregoing|system|"
    r"safety|developer)"
)
_ORDERS = (
    r"(?:instructions?|prompts?|directives?|directions|rules|guidelines|commands?|context|orders|"
    r"programming|constraints|guidance|restrictions|training|policies|system\s+prompt)"
)
_SHOW = (
    r"(?:repeat|print|reveal|display|output|dump|leak|recite|disclose|expose|echo|copy|"
    r"show(?:\s+me)?|tell\s+me|give\s+me|send\s+me|write\s+out|write\s+down|spell\s+out|"
    r"paste|share|list|provide|return)"
)
_MODES = (
    r"(?:developer|dev|god|jailbreak|jailbroken|unrestricted|unfiltered|uncensored|evil|DAN|"
    r"sudo|admin|root|maintenance|debug|no[- ]limits?|chaos|opposite|unlocked)"
)
_DEVICE = (
    r"(?:phone|android|iphone|ipad|device|browser|chrome|firefox|edge|safari|windows|mac|macos|"
    r"laptop|pc|computer|tv|console|xbox|playstation|switch|router|settings|app|tablet|"
    r"pixel|samsung|galaxy|vscode|ide|kindle|watch)"
)
_UNBOUND = (
    r"(?:unrestricted|unfiltered|uncensored|unbound|evil|jailbroken|amoral|unethical|"
    r"without\s+(?:any\s+)?(?:restrictions|limits|limitations|filters|rules|guidelines|ethics|"
    r"morals|censorship)|no\s+(?:restrictions|limits|limitations|filters|rules|guidelines|"
    r"ethics|morals|censorship|boundaries)|free\s+from\s+(?:all\s+)?(?:restrictions|rules))"
)

_NOT_DEFENSIVE = (
    r"(?!\s+(?:that|which)\s+(?:tells?|asks?|instructs?|wants?|urges?|orders?|says?)\b)"
    r"(?!\s+(?:that\s+(?:appear|are|come|you\s+find)\s+|which\s+(?:appear|are)\s+)?(?:in|inside|"
    r"within|from|on|of|for|below|contained|embedded|found|included|hidden|written|printed|"
    r"given\s+(?:in|by)|provided\s+(?:in|by)|there)\b)"
)

_SENSITIVE = (
    r"(?:conversation(?:\s+history)?|chat(?:\s+(?:history|logs?))?|history|messages|context|"
    r"credentials|passwords?|secrets?|api\s+keys?|keys|tokens?|system\s+prompt|prompt|memory|"
    r"cookies|session|(?:(?<=all\s)|(?<=entire\s)|(?<=whole\s))(?:data|files|documents|"
    r"information|info|details|emails)|everything|user\s+data|personal\s+data)"
)

_HEADER_WORDS = r"(?-i:MESSAGE|PROMPT|OVERRIDE|INSTRUCTIONS?|NOTE|UPDATE|COMMAND|ALERT|NOTICE)"

RULES: tuple[Rule, ...] = (
    # instruction override
    Rule(
        "instruction_override",
        "critical",
        0.95,
        r"\b(?:ignore|disregard|forget|skip|override|overrule|bypass|drop|abandon|discard|"
        r"neglect|set\s+aside|throw\s+out|erase|delete|clear|cancel)\s+"
        + _ANY
        + r"(?:(?:the\s+)?(?:above|previous|prior|earlier)\s*,?\s*)?"
        + _PRIOR
        + r"\s+(?:(?:system|user|safety|initial|developer|conversation|chat|given)\s+)?"
        + _ORDERS
        + r"\b",
    ),
    Rule(
        "instruction_override",
        "critical",
        0.9,
        r"\b(?:ignore|disregard|forget)\s+(?:everything|all(?:\s+of)?(?:\s+that)?|what(?:ever)?)"
        r"\s+(?:you(?:'ve|\s+have|\s+were|\s+had)?\s+(?:been\s+)?(?:told|instructed|taught|"
        r"learned|said)|(?:i|we)\s+(?:said|told\s+you|wrote)|(?:written\s+)?above|before|"
        r"previously|so\s+far|prior|earlier|up\s+to\s+(?:now|this\s+point))",
    ),
    Rule(
        "instruction_override",
        "critical",
        0.9,
        r"\b(?:do\s+not|don'?t|stop|no\s+longer)\s+(?:follow|obey|adhere\s+to|listen\s+to|"
        r"apply|following|obeying)\s+"
        + _ANY
        + r"(?:"
        + _PRIOR
        + r"\s+)?"
        + _ORDERS
        + r"\b"
        # A defensive prompt tells the model to distrust what a document says.
        + _NOT_DEFENSIVE,
    ),
    Rule(
        "instruction_override",
        "critical",
        0.9,
        r"\b(?:ignore|disregard|forget|override|bypass|abandon)\s+(?:all\s+)?(?:of\s+)?"
        r"(?:your|my|its|the|these|those)?\s*(?:own\s+)?(?:instructions|programming|directives|"
        r"directions|guidelines|rules|training|system\s+prompt|prompt)\b" + _NOT_DEFENSIVE,
    ),
    Rule(
        "instruction_override",
        "high",
        0.85,
        r"(?:^|(?<=[.!?:])|(?<=[.!?:]\s)|(?<=[.!?:]\s\s))(?:new|updated|revised|real|actual|true)\s+"
        r"(?:instructions?|task|directive|system\s+prompt|rules)\s*:",
        addressed=False,
    ),
    Rule(
        "instruction_override",
        "high",
        0.85,
        r"\b(?:from\s+now\s+on|henceforth|starting\s+(?:now|immediately)|for\s+the\s+rest\s+of"
        r"\s+(?:this|the)\s+conversation),?\s+(?:you\s+(?:will|must|shall|are\s+to|should)\s+"
        r"(?:only\s+)?(?:ignore|disregard|respond|answer|obey|act|be|reply|comply|follow)|"
        r"ignore|disregard|obey\s+only|answer\s+only|respond\s+only)",
    ),
    Rule(
        "role_switch",
        "medium",
        0.75,
        r"\b(?:from\s+now\s+on|henceforth|starting\s+now|from\s+this\s+(?:moment|point)\s+on),?\s+"
        r"(?:(?:you\s+(?:will|must|shall|are\s+to)\s+)?(?:act|behave|pretend|roleplay|speak|be)\b|"
        r"your\s+(?:new\s+)?(?:task|job|role|name|purpose|goal)\s+is|you\s+are\b)",
    ),
    Rule(
        "instruction_override",
        "high",
        0.85,
        r"\b(?:your|the)\s+(?:previous|prior|original|old|initial|system)\s+"
        + _ORDERS
        + r"\s+(?:are|is|have\s+been)\s+(?:now\s+)?(?:void|null|cancelled|canceled|revoked|"
        r"obsolete|replaced|overridden|no\s+longer\s+(?:valid|apply|applicable|in\s+effect))",
    ),
    # role and mode switching
    Rule(
        "role_switch",
        "critical",
        0.95,
        r"\b(?:do\s+anything\s+now|(?-i:DAN)\s+(?:mode|prompt|jailbreak|\d+(?:\.\d+)?)|"
        r"you\s+are\s+(?:now\s+)?(?:going\s+to\s+(?:be|act\s+as)\s+)?(?-i:DAN)\b|"
        r"stay\s+in\s+character\s+as\s+(?-i:DAN))",
    ),
    Rule(
        "role_switch",
        "high",
        0.9,
        r"\b(?:enable|activate|enter|engage|turn\s+on|switch\s+(?:in)?to|go\s+into|unlock|"
        r"you\s+are\s+(?:now\s+)?in|now\s+in|with)\s+(?:the\s+)?" + _MODES + r"\s+mode\b"
        r"(?!\s+(?:on|in|for|of)\s+(?:my|your|the|a|an|this)?\s*(?:[\w-]+\s+){0,2}?"
        + _DEVICE
        + r"\b)",
    ),
    Rule(
        "role_switch",
        "high",
        0.9,
        r"\b(?-i:[Yy]ou)\s+are\s+now\s+(?:(?:a|an|the|my|called|named|known\s+as)\s+)?"
        r"(?:[\w'-]+\s+){0,3}?(?:hacker|" + _UNBOUND + r")\b",
    ),
    Rule(
        "role_switch",
        "medium",
        0.8,
        r"\b(?:(?-i:[Yy]ou)\s+are\s+now|now,?\s+you\s+are)\s+(?:(?:a|an|the|my|called|named|"
        r"known\s+as)\s+)?(?:[\w'-]+\s+){0,3}?(?:AI|assistant|chatbot|bot|persona|character|"
        r"entity)\b",
    ),
    Rule(
        "role_switch",
        "high",
        0.9,
        r"\b(?-i:[Yy]ou)\s+are\s+no\s+longer\s+(?:an?\s+|the\s+)?(?:AI|assistant|language\s+model|"
        r"bound|restricted|limited|ChatGPT|Claude|GPT|required|constrained|subject|obliged|"
        r"governed|an\s+AI|helpful|safe)",
    ),
    Rule(
        "role_switch",
        "high",
        0.85,
        r"\b(?:pretend|act|behave|roleplay|role-play|imagine|simulate|become)\s+(?:to\s+be\s+|"
        r"as\s+(?:if\s+(?:you\s+(?:are|were)\s+)?)?|like\s+|that\s+you\s+are\s+|you\s+are\s+)?"
        r"(?:an?\s+|the\s+|my\s+)?(?:[\w'-]+\s+){0,3}?(?:"
        + _UNBOUND
        + r"|(?-i:DAN)\b|AI\s+(?:with|without)\s+no|different\s+AI|evil\s+\w+|hacker\s+AI)",
    ),
    Rule(
        "role_switch",
        "medium",
        0.75,
        r"\b(?:pretend|act|behave|simulate|roleplay|role-play|imagine)\s+(?:to\s+be|as\s+if\s+"
        r"you(?:'re|\s+are|\s+were)|as\s+though\s+you(?:'re|\s+are|\s+were)|you(?:'re|\s+are)|"
        r"being|that\s+you(?:'re|\s+are))\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,2}?(?:AI|chatbot|"
        r"bot|human(?!\s+resources)|person|language\s+model|assistant)\b",
    ),
    Rule(
        "role_switch",
        "high",
        0.8,
        r"\blet'?s\s+play\s+a\s+game\s+(?:where|in\s+which)\s+you\s+(?:are|pretend|have\s+no|"
        r"ignore|can\s+say|answer\s+without|must\s+answer)",
    ),
    # system prompt extraction
    Rule(
        "prompt_extraction",
        "high",
        0.9,
        r"\b" + _SHOW + r"\s+(?:back\s+|out\s+|me\s+|us\s+)?(?:all\s+(?:of\s+)?)?your\s+"
        r"(?:(?:full|entire|complete|exact|original|initial|hidden|secret|system|internal|very|"
        r"first|verbatim|underlying|core|base|pre-?prompt|developer)\s+){0,3}"
        r"(?:prompt|instructions|directives|system\s+message|rules|guidelines|configuration|"
        r"programming|context\s+window|preprompt|initialization)\b",
    ),
    Rule(
        "prompt_extraction",
        "high",
        0.9,
        r"\b(?:" + _SHOW + r"|what\s+(?:is|was|are|were))\s+(?:me\s+)?(?:the\s+|your\s+)"
        r"(?:(?:full|entire|complete|exact|verbatim)\s+)?(?:system|hidden|initial|original|"
        r"developer|secret|pre)[\s-]?(?:prompt|instructions|message)\b",
    ),
    Rule(
        "prompt_extraction",
        "high",
        0.9,
        r"\b(?:repeat|print|output|show|copy|echo|recite|write|display|return)\s+(?:back\s+)?"
        r"(?:all\s+)?(?:of\s+)?(?:the\s+|everything\s+|what\s+is\s+)?"
        r"(?:text|words|content|conversation|tokens|lines|message|messages|everything|"
        r"instructions)?\s*(?:written\s+|that\s+(?:appears?|came|is)\s+)?"
        r"(?:above|before\s+this|prior\s+to\s+this|preceding|so\s+far|before\s+my\s+message|"
        r"above\s+this\s+line|verbatim\s+from\s+the\s+(?:start|beginning))\b",
    ),
    Rule(
        "prompt_extraction",
        "high",
        0.85,
        r"\bwhat\s+(?:were\s+you|have\s+you\s+been|are\s+you)\s+(?:told|instructed|programmed|"
        r"initially\s+told)\s+(?:to\s+do\s+)?(?:before|by|in\s+your|at\s+the\s+start|earlier)|"
        r"\bwhat\s+(?:instructions|rules)\s+(?:were\s+you|have\s+you\s+been)\s+given\b",
    ),
    # delimiter and markup injection
    Rule(
        "delimiter_injection",
        "high",
        0.9,
        r"(?:<\|(?:im_start|im_end|system|endoftext|assistant|user|eot_id|start_header_id|"
        r"end_header_id|begin_of_text)\|>|\[/?INST\]|<<\s*/?SYS\s*>>|"
        r"</?\s*(?:system|assistant|instructions|system[_-]prompt|sys)\s*>|"
        r"^\s*</\s*(?:context|user|user[_-]input|document|data|input|query)\s*>(?=\s*\S))",
        addressed=False,
    ),
    Rule(
        "delimiter_injection",
        "high",
        0.85,
        r"(?:^|\n)[ \t>#*]*(?:\[|<|\*\*|##?\s*)?(?:(?-i:SYSTEM|DEVELOPER)(?:\s+"
        + _HEADER_WORDS
        + r")?|(?-i:ADMIN|ADMINISTRATOR|ROOT|OPERATOR)\s+"
        + _HEADER_WORDS
        + r")(?:\]|>|\*\*)?\s*:",
        addressed=False,
    ),
    Rule(
        "delimiter_injection",
        "high",
        0.85,
        r"(?:^|\n)\s*(?:\[|<)?(?:system|admin)(?:\]|>)\s*[:\-]?\s*(?=\S)",
        addressed=False,
    ),
    Rule(
        "delimiter_injection",
        "high",
        0.85,
        r"(?:-{3,}|={3,}|\*{3,}|#{3,}|<!--)\s*(?:end|begin|start|close)\s+(?:of\s+)?(?:the\s+)?"
        r"(?:system\s+|user\s+|original\s+)?(?:prompt|instructions|context|input|message|"
        r"conversation)\b",
        addressed=False,
    ),
    Rule(
        "delimiter_injection",
        "high",
        0.85,
        r"(?:[:=#|~]{3,}|-{3,}|\*{3,})\s*(?-i:END|STOP|BEGIN|SYSTEM|RESET|ADMIN|OVERRIDE)"
        r"(?:\s+\w+)?\s*(?:[:=#|~]{3,}|-{3,}|\*{3,})",
        addressed=False,
    ),
    # policy override
    Rule(
        "policy_override",
        "high",
        0.9,
        r"\b(?:bypass|disable|ignore|override|turn\s+off|deactivate|circumvent|remove|forget|"
        r"drop|suspend|lift|evade|skip|break|abandon|disregard)\s+"
        + _ANY
        + r"(?:(?:your|its)\s+(?:\w+\s+)?(?:filters?|guidelines|guardrails|restrictions|"
        r"safeguards|policies|policy|protocols|limitations|constraints|moderation|censorship|"
        r"alignment|ethics|morals|programming)|(?:safety|ethical|moral|content|usage|"
        r"openai|anthropic)\s+(?:filters?|guidelines|guardrails|restrictions|safeguards|"
        r"policies|policy|protocols|limitations|constraints|moderation|rules|training|"
        r"measures|checks))\b"
        r"(?!\s+(?:on|in|for|of)\s+(?:my|your|the|a|an|this)?\s*(?:[\w-]+\s+){0,2}?"
        + _DEVICE
        + r"\b)",
    ),
    Rule(
        "policy_override",
        "high",
        0.85,
        r"\b(?:respond|answer|reply|act|operate|speak|write|generate|output|behave|function|"
        r"talk)\w*\s+(?:\w+\s+){0,3}?(?:without|with\s+no|free\s+(?:of|from)|ignoring)\s+"
        r"(?:any\s+|all\s+|your\s+)?(?:restrictions|limitations|filters|filtering|censorship|"
        r"ethical\s+\w+|safety\s+\w+|moral\s+\w+|content\s+polic(?:y|ies)|guardrails|"
        r"refusals?|warnings|disclaimers)",
    ),
    Rule(
        "policy_override",
        "high",
        0.85,
        r"\b(?-i:[Yy]ou)\s+(?:are|have\s+been)\s+(?:now\s+)?(?:allowed|permitted|authori[sz]ed|"
        r"free|cleared)\s+to\s+(?:ignore|bypass|break|violate|disregard|say\s+anything|"
        r"do\s+anything|answer\s+anything)",
    ),
    Rule(
        "policy_override",
        "high",
        0.85,
        r"\b(?:this\s+is\s+(?:an?\s+)?|i\s+am\s+(?:an?\s+|your\s+)?|as\s+(?:an?\s+|your\s+))"
        r"(?:authori[sz]ed|approved|official|sanctioned|admin(?:istrator)?|developer|creator),?\s+"
        r"(?:override|exception|bypass|request\s+to\s+(?:ignore|bypass|disable)|"
        r"(?:and\s+)?i\s+(?:order|command|authori[sz]e)\s+you)",
    ),
    Rule(
        "policy_override",
        "high",
        0.85,
        r"\b(?:your|the|all)\s+(?:content\s+|safety\s+|usage\s+)?(?:polic(?:y|ies)|guidelines|"
        r"rules|restrictions|filters)\s+(?:no\s+longer|do\s+not|don'?t|does\s+not|doesn'?t|"
        r"shall\s+not)\s+apply\b",
    ),
    # command, template and exfiltration syntax
    Rule(
        "command_injection",
        "high",
        0.9,
        r"\$\(\s*(?:curl|wget|bash|sh|zsh|nc|ncat|python3?|perl|php|ruby|rm|cat|whoami|id|uname|"
        r"powershell|base64|echo|env|printenv)\b[^)\n]{0,200}\)",
        addressed=False,
    ),
    Rule(
        "command_injection",
        "high",
        0.85,
        r"`\s*(?:curl|wget|nc|ncat|bash|sh|rm\s+-[rf]+|powershell|whoami)\s[^`\n]{1,200}`",
        addressed=False,
    ),
    Rule(
        "command_injection",
        "critical",
        0.9,
        r"(?:&&|\|\||;|\|)\s*(?:sudo\s+)?(?:rm\s+-(?:rf|fr|r)\s+(?:/|~|\*|\$HOME)|"
        r"(?:ba|z)?sh\b(?!\s*[-=:])|curl\s+\S|wget\s+\S|nc\s+-\w|chmod\s+[0-7+]|"
        r"cat\s+/etc/(?:passwd|shadow)|mkfifo\b|dd\s+if=)",
        addressed=False,
    ),
    Rule(
        "command_injection",
        "high",
        0.85,
        r"/dev/tcp/|\bnc\s+-e\s|\brm\s+-rf\s+/(?=\s|$|\*)|\bcat\s+/etc/(?:passwd|shadow)\b",
        addressed=False,
    ),
    Rule(
        "template_injection",
        "high",
        0.85,
        r"\{\{\s*[^{}\n]{0,80}?(?:\w\(\s*[^{}\n]{0,40}\)|__\w+__|\bconfig\b|\brequest\b|"
        r"\bself\b|\bsettings\b|\bos\.|\bpopen\b|\bcycler\b|\blipsum\b)[^{}\n]{0,80}\}\}",
        addressed=False,
    ),
    Rule(
        "template_injection",
        "high",
        0.85,
        r"\{%-?\s*(?:print|import|include|exec|eval|debug)\b[^%\n]{0,120}%\}",
        addressed=False,
    ),
    Rule(
        "template_injection",
        "medium",
        0.7,
        r"\$\{\s*(?:jndi|env|sys|java|lower|upper|script|ctx|::-)\s*:[^}\n]{0,120}\}|"
        r"\$\{\s*[A-Za-z_]\w*(?:\.\w+)+(?:\([^)\n]*\))?\s*\}",
        addressed=False,
    ),
    Rule(
        "data_exfiltration",
        "high",
        0.85,
        r"\b(?:send|post|upload|forward|transmit|exfiltrate|leak|e-?mail|copy|submit|relay|"
        r"deliver|pipe)\s+(?:(?:all|the|this|your|my|our|every|any|of|entire|whole|full|"
        r"users?'?|previous|current)\s+)*" + _SENSITIVE + r"\s+(?:\w+\s+){0,2}?to\s+"
        r"(?:https?://|www\.|my\s+(?:e-?mail|server|address|inbox|account|endpoint|webhook|site|"
        r"website|url)|[\w.+-]+@[\w-]+\.|this\s+(?:url|address|endpoint|webhook|server|email)|"
        r"the\s+following\s+(?:url|address|endpoint|email)|(?:an?\s+)?external\s+(?:server|url|"
        r"address|endpoint))",
    ),
    Rule(
        "data_exfiltration",
        "medium",
        0.7,
        r"\bmailto:[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
        addressed=False,
    ),
    Rule(
        "data_exfiltration",
        "high",
        0.85,
        r"!\[[^\]\n]{0,80}\]\(\s*https?://[^)\s]{1,200}[?&][\w-]+=(?:\{|\[|<|%7B|\$)",
        addressed=False,
    ),
)

# Matches start at a word start or a punctuation mark; the guard skips the inside of words
# before any alternative is tried, which halves the scan time of long texts.
_START_GUARD = r"(?:(?<![A-Za-z0-9_])|(?=[^A-Za-z0-9_\s]))"
_PATTERN = re.compile(
    _START_GUARD
    + "(?:"
    + "|".join(f"(?P<r{index}>{rule.pattern})" for index, rule in enumerate(RULES))
    + ")",
    re.IGNORECASE | re.MULTILINE,
)

# Context cues, each one compiled pattern.
_ACADEMIC = re.compile(
    r"\b(?:research(?:ers?|ing)?|paper|papers|study|studies|academic|thesis|dissertation|"
    r"lecture|course|curriculum|class|students?|teach(?:ing)?|explanation|"
    r"how\s+(?:do|does|can|could|would|to)\s+(?:\w+\s+){0,3}?(?:detect|prevent|defend|mitigate|"
    r"stop|block|recogni[sz]e|work|spot)|why\s+(?:do|does)|"
    r"examples?\s+of|for\s+example|e\.g\.|such\s+as|phrases?\s+like|known\s+as|"
    r"definition|define|taxonomy|survey|owasp|training\s+(?:material|course|session)|"
    r"awareness|literature|classif(?:y|ier|ication)|detect(?:s|ed|"
    r"ion|or|ing)?|defen[sc]e|defend|mitigat(?:e|ion)|prevent(?:ion)?|attack(?:s|ers?)?|adversar\w*|"
    r"malicious|prompt\s+injection|jailbreak(?:s|ing)?\s+(?:attacks?|attempts?|prompts?|"
    r"techniques?)|security\s+(?:team|review|guide)|guardrails?\s+(?:against|for)|"
    r"common\s+(?:attack|trick|technique)s?|history\s+of)\b",
    re.IGNORECASE,
)
_TESTING = re.compile(
    r"\b(?:test\s+cases?|unit\s+tests?|test\s+suite|test\s+(?:string|input|data|vector|fixture)|"
    r"testing\s+(?:the|our|a|my|whether|if)|pytest|assert(?:s|ion)?|fixtures?|mock(?:ed)?|"
    r"expected\s*(?:=|:|output|result)|qa\s+team|regression\s+tests?|sample\s+(?:input|payload)|"
    r"red[- ]team(?:ing)?\s+(?:dataset|corpus|suite|exercise)|benchmark|eval(?:uation)?\s+set|"
    r"labell?ed\s+(?:as|data)|should\s+be\s+(?:flagged|blocked|detected))\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:never|don'?t|do\s+not|doesn'?t|does\s+not|didn'?t|did\s+not|shouldn'?t|should\s+not|"
    r"won'?t|will\s+not|must\s+not|mustn'?t|cannot|can'?t|not|no\s+one\s+should|avoid|"
    r"refuse\s+to|without|nobody\s+should|isn'?t|aren'?t|wouldn'?t)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# Reported speech, as defensive prompts word it: "if a web page tells you to ...",
# "instructions that ask you to ...": a mention, unless what follows says to do it.
_REPORTED = re.compile(
    r"\b(?:if|when|whenever|should|that|which|who)\s+(?:\w+\s+){0,3}(?:tells?|asks?|instructs?|"
    r"wants?|orders?|urges?|requests?)\s+you\s+to\s+$",
    re.IGNORECASE,
)
_ENDORSED = re.compile(
    r"^[^.!?\n]{0,80}?\b(?:do\s+(?:it|so|that|as\s+\w+\s+says?)|comply|obey|follow\s+(?:it|them|"
    r"that|those)|go\s+ahead|you\s+(?:must|should|have\s+to)\s+(?:do|listen|agree))\b",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(
    r"(?:^|[\n.!?:;,(\"'\u201c\u2018`>\-*]|\b(?:please|now|just|so|then|and|also|ok|okay|first|pls|"
    r"kindly|immediately|simply|hey|hi|hello|assistant|ai|bot|chatgpt|claude|gpt|you|must|"
    r"should|will|to|want\s+you\s+to|need\s+you\s+to|i\s+order\s+you\s+to|can\s+you|could\s+you|"
    r"would\s+you|go\s+ahead\s+and|instead|but|finally|actually|seriously)\b)\s*$",
    re.IGNORECASE,
)
_OPEN_QUOTES = {
    '"': '"',
    "\u201c": "\u201d",
    "\u00ab": "\u00bb",
    "`": "`",
    "\u201e": "\u201c",
    "\u2018": "\u2019",
}


@dataclass(frozen=True)
class ContextAnalysis:
    """How the text around a match frames it."""

    is_quoted: bool
    is_academic: bool
    is_testing: bool
    is_negation: bool

    def as_dict(self) -> dict[str, bool]:
        return {
            "is_quoted": self.is_quoted,
            "is_academic": self.is_academic,
            "is_testing": self.is_testing,
            "is_negation": self.is_negation,
        }

    @property
    def flags(self) -> int:
        return sum((self.is_quoted, self.is_academic, self.is_testing, self.is_negation))


@dataclass(frozen=True)
class InjectionMatch:
    """One detection; ``position`` is the character offset of ``matched_text``."""

    injection_type: str
    severity: str
    matched_text: str
    position: int
    confidence: float
    context_analysis: ContextAnalysis

    def as_dict(self) -> dict[str, object]:
        return {
            "injection_type": self.injection_type,
            "severity": self.severity,
            "matched_text": self.matched_text,
            "position": self.position,
            "confidence": self.confidence,
            "context_analysis": self.context_analysis.as_dict(),
        }


# Confidence multipliers for each way the text can distance itself from the phrase.
QUOTED_FACTOR = 0.65
ACADEMIC_FACTOR = 0.6
TESTING_FACTOR = 0.6
NEGATION_FACTOR = 0.35
UNADDRESSED_FACTOR = 0.8


def _is_quoted(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].lstrip().startswith(">"):
        return True
    window_start = max(0, start - 400)
    before = text[window_start:start]
    after = text[end : end + 400]
    for opening, closing in _OPEN_QUOTES.items():
        if opening == closing:
            if before.count(opening) % 2 == 1 and opening in after:
                return True
        elif before.rfind(opening) > before.rfind(closing) and closing in after:
            return True
    # A single-quoted phrase: an opening quote right before, a closing one right after.
    return bool(re.search(r"(?:^|[\s(:=])'[^']{0,60}$", before)) and "'" in after[:120]


def analyze_context(text: str, start: int, end: int) -> ContextAnalysis:
    """Whether the match at ``[start, end)`` is quoted, academic, testing or negated."""
    before, after = text[max(0, start - 300) : start], text[end : end + 200]
    lead = text[max(0, start - 40) : start]
    return ContextAnalysis(
        is_quoted=_is_quoted(text, start, end),
        is_academic=_ACADEMIC.search(before) is not None or _ACADEMIC.search(after) is not None,
        is_testing=_TESTING.search(before) is not None or _TESTING.search(after) is not None,
        is_negation=_NEGATION.search(lead) is not None
        or (_REPORTED.search(lead) is not None and _ENDORSED.search(after) is None),
    )


def _lower(severity: str, steps: int) -> str:
    return SEVERITIES[max(0, SEVERITIES.index(severity) - steps)]


def _raise(severity: str) -> str:
    return SEVERITIES[min(len(SEVERITIES) - 1, SEVERITIES.index(severity) + 1)]


# One to three words said ten times or more in a row: a repeated-token attack that pushes
# the instructions out of the model's attention.
_REPEATED = re.compile(r"\b(\w{2,}(?:\s+\w{2,}){0,2}?)(?:[\s,.;]+\1\b){9,}", re.IGNORECASE)
_NO_CONTEXT = ContextAnalysis(False, False, False, False)


def _repetitions(text: str) -> list[InjectionMatch]:
    return [
        InjectionMatch("token_repetition", "medium", m.group(), m.start(), 0.7, _NO_CONTEXT)
        for m in _REPEATED.finditer(text)
        if not m.group(1).isdigit()
    ]


def _framed_before(text: str, start: int) -> bool:
    before = text[max(0, start - 300) : start]
    return _ACADEMIC.search(before) is not None or _TESTING.search(before) is not None


def _scored(
    rule: Rule, text: str, start: int, end: int, min_confidence: float
) -> tuple[float, str, ContextAnalysis] | None:
    context = analyze_context(text, start, end)
    confidence = rule.confidence
    addressed = _CLAUSE_START.search(text[max(0, start - 40) : start]) is not None
    if rule.addressed and not addressed:
        confidence *= UNADDRESSED_FACTOR
    steps = 0
    if context.is_quoted:
        confidence *= QUOTED_FACTOR
        steps += 1
    if context.is_academic or context.is_testing:
        # An order said to the model is not excused by a claim around it: a frame counts
        # once, and for an unquoted order only when it comes first ("for my research, ...");
        # a tail such as "(research paper, unit test)" is part of the attack.
        order = rule.addressed and addressed and not context.is_quoted
        if not order or _framed_before(text, start):
            confidence *= ACADEMIC_FACTOR
            steps += 1
            if not order and context.is_academic and context.is_testing:
                confidence *= TESTING_FACTOR
                steps += 1
    if context.is_negation:
        confidence *= NEGATION_FACTOR
        steps += 1
    if confidence < min_confidence:
        return None
    return round(confidence, 3), _lower(rule.severity, steps), context


def _rule_hits(text: str) -> list[re.Match[str]]:
    """Every rule match, overlapping ones included: a weak rule that matches first must not
    hide a stronger one starting inside it."""
    hits: list[re.Match[str]] = []
    position = 0
    while (match := _PATTERN.search(text, position)) is not None:
        hits.append(match)
        position = match.start() + 1
    return hits


def _without_overlaps(found: list[InjectionMatch]) -> list[InjectionMatch]:
    """The strongest match of each overlapping group, then the others that overlap none."""
    ranked = sorted(found, key=lambda m: (-SEVERITIES.index(m.severity), -m.confidence, m.position))
    kept: list[InjectionMatch] = []
    for match in ranked:
        end = match.position + len(match.matched_text)
        if all(
            end <= other.position or match.position >= other.position + len(other.matched_text)
            for other in kept
        ):
            kept.append(match)
    return kept


def _scan(text: str, min_confidence: float, depth: int) -> list[InjectionMatch]:
    normalized = normalize(text)
    found: list[InjectionMatch] = []
    for match in _rule_hits(normalized.text):
        rule = RULES[int(match.lastgroup[1:])]  # type: ignore[index]
        start, end = normalized.span(match.start(), match.end(), len(text))
        # Delimiter rules may begin with the newline before a line; report the line itself.
        while start < end and text[start] in "\r\n":
            start += 1
        scored = _scored(rule, text, start, end, min_confidence)
        if scored is None:
            continue
        confidence, severity, context = scored
        injection_type = rule.injection_type
        if normalized.is_disguised(start, end):
            # Invisible or look-alike characters inside an attack phrase show intent to evade.
            injection_type, severity = "encoded_payload", _raise(severity)
        found.append(
            InjectionMatch(injection_type, severity, text[start:end], start, confidence, context)
        )
    found.extend(_repetitions(text))
    if depth < _MAX_DECODE_DEPTH:
        for segment in decoders.encoded_segments(text):
            inner = _scan(segment.decoded, min_confidence, depth + 1)
            if not inner:
                continue
            worst = max(inner, key=lambda m: (SEVERITIES.index(m.severity), m.confidence))
            context = analyze_context(text, segment.start, segment.end)
            found.append(
                InjectionMatch(
                    "encoded_payload",
                    _raise(worst.severity),
                    text[segment.start : segment.end],
                    segment.start,
                    worst.confidence,
                    context,
                )
            )
    kept = _without_overlaps(found)
    kept.sort(key=lambda m: m.position)
    return kept


def detect_injection(
    text: str, min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> list[InjectionMatch]:
    """Every prompt-injection match in ``text`` at or above ``min_confidence``, by position."""
    return _scan(text, min_confidence, 0)

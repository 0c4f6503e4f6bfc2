"""Every selector, regular expression and word list the cleaners use, in one place.

Kept together (as trafilatura keeps its XPaths in ``xpaths.py``) so that a page layout the
cleaners get wrong is fixed here, by adding a phrase, rather than by new code paths.
Line patterns are matched against one stripped line of a flattened page (bullets removed).
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())

# -- the crawl metadata line ------------------------------------------------------------------

#: ``" date 2025-11-06 "`` glued to the start of a flattened page by the crawler.
CRAWL_DATE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+Z?)?\s+")

# -- shapes of a line --------------------------------------------------------------------------

BULLET = re.compile(r"^\s*(?:[•●◦▪▫■□‣∙·*+–—-]|o(?=\s+[A-Z0-9])|\d{1,2}[.)])\s+")
WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
#: a line that ends like a sentence (closing quotes and brackets allowed after the stop)
TERMINAL = re.compile(r"[.!?…。！？][\"”’')\]」』]*\s*$")
TERMINAL_COLON = re.compile(r"[:;][\"”’')\]]*\s*$")
TRUNCATED = re.compile(r"(?:\.\.\.|…)\s*$")
#: words written in lower case even in Title Case headlines
SMALL_WORDS = _words(
    "a an and as at but by for from in into is of off on onto or over per the to up via vs with its it "
    "are be was were has have had not no nor so than that this these those who what how why when"
)
STOPWORDS = SMALL_WORDS | _words(
    "also after about been before being both could does did each even more most much must only other "
    "said says should some such their them then there they very which while will would your year years "
    "first last new over under into just like make made many well where here"
)

# -- lines that are never article text, wherever they stand ---------------------------------

_JUNK_LINE = [
    # copyright and legal
    r"^(?:©|\(c\)\s|copyright\b|all rights reserved)",
    r"^(?:privacy policy|terms of (?:use|service)|cookie policy|disclaimer|legal notice|imprint|sitemap)\b",
    # contacts
    r"^(?:e-?mail|phone|tel|telephone|fax|mobile|whatsapp|address)\s*[:.]",
    r"^[\w.+-]+@[\w-]+\.[\w.]+$",
    r"^(?:write to|contact|reach) (?:the (?:writer|author|reporter)|us|[A-Z][\w.]+(?: [A-Z][\w.]+)* at) .*@",
    r"^(?:for )?(?:media|press) (?:inquiries|enquiries|contacts?)\b",
    # syndication tails and source notes
    r"^sources?\s*:\s*\S.{0,200}$",
    r"^\(?with inputs? from\b",
    r"^(?:this (?:article|story|piece|post|report) (?:was|is|has been) )?(?:originally|first) (?:published|posted|appeared)"
    r" (?:on|in|at|by)\b",
    r"^(?:photo|photograph|image|picture|pic|illustration|video|graphic|cover|main|top|header) ?(?:credit|courtesy|source|by)?\s*:",
    r"^(?:credit|credits|courtesy|caption)\s*:",
    r"^\(?(?:reporting|additional reporting|writing|editing|compiled|translated|edited|research) by\b",
    r"^with (?:reporting|additional reporting|input) from\b",
    r"^\(?(?:this (?:story|article) (?:has been|was) (?:updated|corrected|edited|published|generated))",
    r"^(?:this (?:story|article|report) (?:is|was) (?:auto-generated|published from a wire agency feed|produced by))",
    r"^\(?(?:this is a (?:developing|breaking) (?:news )?(?:story|report)|(?:more|further) (?:details|updates) to follow"
    r"|(?:this )?(?:story|article) (?:will be|is being) updated)\b.{0,80}$",
    r"^\(?(?:this|the) (?:news|article|story|report|text) (?:was|has been|is) (?:translated|machine-translated)"
    r" from\b.{0,60}$",
    # sharing, comments, reactions
    r"^(?:share|tweet|email|print|save|copy link|whatsapp|facebook|twitter|linkedin|telegram|reddit)"
    r"(?: this| the)?(?: article| story| page| post| link)?(?: on [\w ]+| via [\w ]+)?\s*[:!]?$",
    r"^(?:share|follow|connect|like) (?:us|this|on)\b",
    r"^follow [\w&'’. -]{2,40}? on (?:whatsapp|telegram|x|twitter|facebook|instagram|linkedin|google news|youtube|threads|"
    r"bluesky|mastodon)\b",
    r"^if you (?:found|find|enjoyed|enjoy|liked|like|value|appreciate)\b.{0,60}\b(?:share|forward|subscribe|support|donat)",
    r"^comments? (?:are|is) (?:now )?(?:closed|disabled|turned off)\b",
    r"^click (?:here|to)\b",
    r"^(?:leave|post|add|write|submit) (?:a |your )?(?:comment|reply|response)\b",
    r"^\d+\s+(?:comments?|replies|responses|shares)\b",
    r"^(?:be the first to comment|no comments yet|join the (?:conversation|discussion)|view comments)\b",
    r"^you must be logged in\b",
    r"^log ?in to (?:comment|reply)\b",
    # subscriptions, newsletters, paywalls, apps
    r"^(?:subscribe|sign up|join|get|register|receive)\b.{0,80}\b(?:newsletters?|inbox|alerts|briefing|updates)\b",
    r"^(?:subscribe|sign up|sign in|log ?in|register|join now|get (?:the )?app|download (?:the|our) app)\b.{0,60}$",
    r"^(?:already (?:a subscriber|have an account)|create (?:a free|an) account|enter your e-?mail)\b",
    r"^(?:subscribe|sign up) (?:to|for) \S.{0,100}$",
    r"^(?:premium|exclusive|subscriber|members?)(?:[- ]only)? (?:content|article|story)\b.{0,80}$",
    r"^by (?:signing up|subscribing|clicking|registering|continuing)\b",
    r"^(?:give feedback|send feedback|report (?:an )?(?:error|typo|a correction))\b",
    r"^stay (?:up to date|informed|connected|in the know|in touch)\b.{0,60}$",
    r"^(?:you have )?succ?ess?fully subscribed\b",
    r"^(?:this |the )?(?:web ?site|site|portal)\s+(?:content\s+)?(?:is\s+)?(?:managed|maintained|owned|operated|designed|"
    r"developed|hosted)\b",
    r"^(?:the )?views (?:and opinions )?expressed (?:in this|here|are)\b",
    r"^advertisement\b.{0,30}$",
    r"^file (?:photo|picture|image)\b",
    # cookie and consent banners
    r"^(?:accept|reject|decline|allow|manage) (?:all|cookies|preferences|settings|options)?\s*(?:cookies)?$",
    # advertising and reading aids
    r"^(?:advertisement|advertising|sponsored(?: content)?|ad|promoted|partner content|paid content)$",
    r"^(?:story continues below|article continues (?:below|after)|continue reading|scroll (?:down|to continue))\b",
    r"^(?:listen to (?:this|the) (?:article|story)|\d+ min(?:ute)?s? (?:read|listen)|reading time\b)",
    r"^(?:read|see|also read|watch|listen)(?: more| also)?\s*[:|»>-]\s*\S",
    r"^(?:related|recommended|more|also on|must read|don't miss|trending)\s*[:|»>]\s*\S",
    r"^(?:tags?|topics?|filed under|categories|category|keywords|posted in)\s*[:|]",
    r"^(?:no results?|view all results?|load more|show more|see all|view all|back to top|skip to (?:main )?content)$",
    r"^(?:previous|next) (?:article|post|story)\b",
    r"^home\s*[»›>/|]",  # a breadcrumb trail
    # time stamps
    r"^(?:updated|published|posted|created|last updated|first published|modified)\b(?=.*\d).{0,70}$",
]
JUNK_START = re.compile("|".join(f"(?:{p.removeprefix('^')})" for p in _JUNK_LINE), re.IGNORECASE)

#: Furniture phrases that may stand anywhere in the line, each behind the lower-case words that
#: must occur for it to match (a substring test is far cheaper than a regex tried at every position).
_JUNK_ANYWHERE: list[tuple[tuple[str, ...], str]] = [
    (("rights reserved",), r"\ball rights reserved\b"),
    (("views",), r"\bviews (?:expressed )?(?:here |in this [\w ]{1,20})?(?:are|is|remain) (?:the |solely )?(?:those of the )?"
                 r"(?:author|writer)(?:'?s'?|s'?)?(?: own)?\s*[.)]?\s*$"),
    (("©", "(c)", "copyright"), r"(?:©|\([cC]\)|\bCopyright\b)\s*(?:©\s*)?(?:19|20)\d{2}\b"),
    (("this copy", "this material"), r"\bthis (?:copy|material) (?:is|may) (?:for your personal|not be published)"),
    (("reached at",), r"\bmay be reached at\b"),
    (("tip",), r"\bhave a (?:news )?tip\b"),
    (("appeared first on",), r"\bappeared first on\b"),
    (("photo", "image", "picture", "file", "credit", "courtesy"),
     r"[\[(](?:file photo|file|photo|image|picture|pic|credit|courtesy)s?(?: credit)?\s*(?::|/|by\b)[^\])]{1,80}[\])]\s*$"),
    (("getty", "shutterstock", "istock", "afp", "reuters", "ap photo", "epa", "xinhua", "anadolu"),
     r"(?:getty images|shutterstock|istock(?:photo)?|/afp|/reuters|reuters/|afp/|/ap photo|ap photo/|/ ?epa|"
     r"epa-efe|/ ?xinhua|/ ?anadolu)\b"),
    (("/",), r"^\([A-Z][\w.'’ -]{2,40} ?/ ?[A-Z][\w.&'’ -]{2,40}\)$"),  # a photo credit: "(Jane Doe / Example Press)"
    (("credit",), r"\bcredit\s*(?:\.{2,3}|…|:)\s*[A-Z][\w.'’ -]{1,40}(?:/|\bfor\b)\s*[A-Z]"),
    (("click",), r"\bclick(?:ing)? here\b"),
    (("credit",), r"\b(?:photo |image |picture )?credits?\s*:\s*[^.:;]{2,60}$"),
    (("unsubscribe",), r"\byou (?:can|may) unsubscribe\b"),
    (("newsletter",), r"\b(?:our|the) (?:free |daily |weekly |morning |evening )?(?:\w+ )?newsletters?\b.{0,60}$"),
    (("subscribe", "sign up", "register"),
     r"\b(?:subscribe|sign up|register) (?:now|today|for free|to read|to continue|for (?:full|unlimited) access)\b"),
    (("inbox",), r"\bdelivered (?:straight |directly )?to your inbox\b|\b(?:in|to) your inbox\b"),
    (("thank",), r"\bthanks? (?:you )?for (?:signing up|subscribing|reading)\b"),
    (("you agree to",), r"\byou agree to (?:our|the) (?:terms|privacy)"),
    (("subscription",), r"\berror processing your subscription\b|\bactivate your subscription\b"),
    (("cookie",), r"\b(?:we|this (?:site|website)) uses? cookies\b|\bcookie (?:settings|preferences|policy|consent)\b|"
                  r"\b(?:our use of|accept(?:ing)? (?:all )?|consent to (?:our|the) use of) cookies\b"),
    (("by continuing", "by using"),
     r"\bby (?:continuing to (?:browse|use)|using this (?:site|website))\b.{0,80}\b(?:agree|accept|consent)\b"),
    (("news desk",), r"\bnews desk\b\s*\|"),
]
JUNK_ANYWHERE = [(keys, re.compile(p, re.IGNORECASE)) for keys, p in _JUNK_ANYWHERE]

#: Case matters for these: a byline is "By" and a capitalised name, then at most a date.
_JUNK_LINE_CASED = [
    r"^(?:[Bb]y|BY|Written by|Words by|Text by)\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Febr)uary|"
    r"March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber|The\b|Then\b|This\b|That\b)"
    r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von|al|bin)){0,5}\s*(?:[|,·•—–-]\s*[A-Z0-9].{0,60})?$",
    r"^Support (?:us|our (?:work|journalism|reporting)|independent journalism|[A-Z][\w.]+(?: [A-Z][\w.]+){0,2} (?:and|so|by|with|today)\b)",
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:Staff|Correspondent|Reporter|Bureau|Contributor|Editor|Desk)s?"
    r"(?:\s*[|,·•—–-]\s*.{0,60})?$",
]
JUNK_LINE_CASED = re.compile("|".join(f"(?:{p})" for p in _JUNK_LINE_CASED))
#: the author's biography under an article: "Jane Doe is a senior fellow at ..."
AUTHOR_BIO = re.compile(
    r"^(?:(?:Dr|Prof|Mr|Ms|Mrs)\.? )?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} (?:is|was|has been|serves as) (?:an? |the )?"
    r"(?:[\w-]+ ){0,4}(?:fellow|correspondent|reporter|journalist|editor|writer|columnist|analyst|professor|"
    r"researcher|contributor|director|lecturer|scholar|economist|associate|author)\b"
    r"|^(?!The |This |That |It )[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2} (?:covers|writes about|writes on|reports on)"
    r"(?: \S+){1,10}\.?$"
)
#: "About the author: ..." in any case, one line holding the header and the biography
ABOUT_AUTHOR_LINE = re.compile(r"^about the (?:author|authors|writer|writers|contributor|contributors)\s*[:—–-]\s*\S",
                               re.IGNORECASE)
#: what an author's biography says after the author's name: "Jane Doe heads ...", "Jane Doe is a partner at ..."
BIO_VERB = re.compile(
    r"^(?:is|was|has been|serves as|heads|leads|directs|runs|teaches|chairs|covers|writes|reports|works|worked|"
    r"founded|co-founded|previously|formerly|holds|edits|manages|specialises|specializes|researches)\b")
#: a cookie banner opens with these words however long it runs
COOKIE_BANNER = re.compile(r"^(?:we|this (?:site|website)|our (?:site|website)) (?:and our partners )?uses? cookies\b",
                           re.IGNORECASE)
#: only page furniture is tested against the junk patterns: long paragraphs are never dropped by them
JUNK_MAX_CHARS = 320

#: a navigation strip: "Home | World | Business | Contact" (three or more short parts)
PIPE_NAV = re.compile(r"^[^|]{1,30}(?:\|[^|]{1,30}){2,}$")

#: one button of a share widget
SHARE_BUTTON = re.compile(
    r"^(?:share|tweet|e-?mail|print|save|copy link|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|"
    r"pinterest|flipboard|messenger)\s*$", re.IGNORECASE)

# -- lines that open a region of page furniture ----------------------------------------------

#: Section headers that open a list of other stories, links or comments. Matched against a
#: whole line (case-insensitive, trailing colon or arrow allowed).
_SECTION_HEADER = [
    r"related(?: [a-z]+)?",
    r"(?:more|other|latest|top|recent|popular|similar|trending|featured) (?:articles|stories|news|posts|headlines|reads|videos|from [\w .&'’-]{2,40})",
    r"(?:most|more) (?:read|popular|viewed|shared|commented|emailed)",
    r"more (?:in|on|from|about) [\w .&'’-]{2,40}",
    r"(?:trending|popular|latest|breaking|top stories|headlines|just in|in other news|in case you missed it)(?: now| news| today)?",
    r"(?:editor'?s?'?|editors’) (?:choice|picks?)",
    r"(?:you|we think you) (?:may|might|will|could) (?:also )?(?:like|enjoy|be interested in)",
    r"(?:recommended|suggested|sponsored|promoted)(?: for you| stories| articles| content| links)?",
    r"from (?:around the web|our partners|the web)|around the web|partner content",
    r"(?:opinion|analysis|blogs?|interviews?|features?|videos?|podcasts?|photos?|galleries?)(?: ?/ ?[\w ]+)+",
]
SECTION_HEADER = re.compile(
    r"^(?:" + "|".join(_SECTION_HEADER) + r")\s*[:»>.…]*$", re.IGNORECASE
)

#: brackets and rules around a header line
HEADER_WRAPPING = " \t[](){}<>|«»—–-=_*#"

#: A teaser prompt standing alone on its line: the headline under it is another story's.
INLINE_HEADER = re.compile(
    r"^(?:(?:read|see) (?:more|also|next)|also read|read also|don'?t miss|must read|further reading|"
    r"what to read next|keep reading|recommended|related|more on this(?: story| topic)?)\s*[:»>.…]*$",
    re.IGNORECASE,
)

#: Headers after which nothing is article text: comment threads, author boxes, footers.
_END_HEADER = [
    r"#{3}|-+\s*ends?\s*-+|ends|- ?30 ?-|notes? (?:to|for) editors?|editors'? notes?",
    r"\d+ (?:thoughts|comments|responses|replies|reactions) (?:on|to)\b.*",
    r"(?:\d+ )?(?:comments?|replies|responses|discussion)(?: \(\d+\))?",
    r"(?:leave|post|add|write) (?:a |your )?(?:comment|reply|response)",
    r"(?:join|start) the (?:conversation|discussion)|what do you think\??|have your say|reader comments",
    r"about the (?:author|authors|writer|contributor)s?",
]
END_HEADER = re.compile(r"^(?:" + "|".join(_END_HEADER) + r")\s*[:»>.!…]*$", re.IGNORECASE)

#: Common menu entries: a run of such lines is navigation, never an article.
MENU_WORDS = _words(
    """home news world business politics economy markets finance money tech technology science health sport
    sports culture arts entertainment lifestyle travel opinion opinions analysis features video videos
    podcasts photos gallery weather energy climate environment education region regions local national
    international africa asia europe americas middle east latin america pacific global india china us uk
    contact about advertise careers subscribe login log in sign register search menu more newsletter
    archive archives events jobs media press legal privacy terms policy cookies faq help rss editions
    sectors links products connect automotive cybersecurity infrastructure cloud defence defense
    security diplomacy society interviews blog blogs columns editorial editorials letters obituaries
    facebook twitter x linkedin instagram youtube telegram whatsapp tiktok quora reddit pinterest vk"""
)

# -- metadata in flattened text -------------------------------------------------------------

#: "© 2025 by Global Example News", "Copyright 2025 Example Media. All rights reserved."
COPYRIGHT_OUTLET = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:,\s*)?(?:by\s+)?"
    r"(?P<name>[A-Z][\w&.'’-]*(?:[ -](?:[A-Z0-9][\w&.'’-]*|of|the|and|for|&))*)",
    re.IGNORECASE,
)
APPEARED_FIRST = re.compile(r"^The post (?P<title>.+?) appeared first on (?P<outlet>[^.\n]+(?:\.[a-z]{2,4})?)\.?\s*$")
SOURCE_LINE = re.compile(r"^sources?\s*:\s*(?P<outlet>[\w&'’ -]{2,60}?(?:\.[a-z]{2,6})*)(?:\s+with\b|\s*[,;.(]|\s+and\b|$)", re.IGNORECASE)
LEAD_REPORTS = re.compile(r",\s+(?P<outlet>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+reports"
                          r"(?:\s+(?:with reference to|citing|quoting)\b[^.]{0,80})?\.\s*$")
#: an agency in a dateline: "ASTANA. EXAMPLEINFORM - ", "Tashkent, Uzbekistan (Example.uz) -- "
DATELINE_AGENCY = (
    re.compile(r"^[A-Z][A-Z .'’-]{2,30}[.,]\s+(?P<outlet>[A-Z][A-Z-]{3,})\s*[–—-]"),
    re.compile(r"^[A-Z][A-Za-z .'’-]{2,30}(?:,\s*[A-Z][\w .'’-]{2,30})*\s+\((?P<outlet>[A-Z][\w.&'’ -]{1,30})\)\s*(?:[–—-]|$)"),
)
#: "Website content managed by the Example Ministry", "This site is owned and operated by Example Media"
SITE_CREDIT = re.compile(
    r"^(?:this |the )?(?:web ?site|site|portal|page)?\s*(?:content\s+)?(?:is\s+)?"
    r"(?:managed|maintained|owned|published|operated|run)(?:\s+and\s+(?:managed|maintained|owned|published|operated|run))?"
    r"\s+by\s+(?:the\s+)?(?P<outlet>[A-Z][^.,;|]{2,80})", re.IGNORECASE)
#: a government masthead ("Government of Example", "EXAMPLE ISLANDS GOVERNMENT") and the ministry under it
GOVERNMENT_LINE = re.compile(
    r"^(?:(?:the )?government of [\w .'’-]{2,40}|[\w .'’-]{2,40}\bgovernment|"
    r"(?:the )?(?:(?:united |federal |islamic |democratic |people'?s |socialist |cooperative |federative |plurinational )*"
    r"republic|kingdom|state|commonwealth|federation|principality|sultanate|emirate|grand duchy) of [\w .'’-]{2,40}|"
    r"official (?:web ?site|portal) of the (?:government|republic|kingdom|state) of [\w .'’-]{2,40})$", re.IGNORECASE)
#: a press release naming its issuer: "From: Example Resources Canada", "Issued by the Ministry of Mines"
ISSUER_LINE = re.compile(r"^(?:from\s*:|issued by\s*:?|released by\s*:?|published by\s*:?)\s*(?:the\s+)?"
                         r"(?P<outlet>[A-Z][^|•·]{2,90}?)\.?$", re.IGNORECASE)
#: words that make a name a government body
GOVERNMENT_BODY = re.compile(r"\b(?:ministry|ministere|minist\u00e8re|ministerio|minist\u00e9rio|department|office|agency|"
                             r"directorate|bureau|secretariat|commission|embassy|presidency|cabinet|council|authority)\b",
                             re.IGNORECASE)
MINISTRY_LINE = re.compile(r"^(?:the )?(?:ministry|department|office|agency|directorate|bureau|secretariat)\b.{3,90}$",
                           re.IGNORECASE)
DESK_BYLINE = re.compile(r"^(?P<outlet>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}?)\s+(?:News\s+|Web\s+|Digital\s+)?Desk\s*\|")
STAFF_BYLINE = re.compile(
    r"^(?:by\s+)?(?P<outlet>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}?)\s+(?:Staff|Bureau|News Service|Newsroom)\s*$")
EMAIL_DOMAIN = re.compile(r"\b[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)\b")
WEB_DOMAIN = re.compile(r"\b(?:https?://)?(?:www\.)?(?P<domain>[a-z0-9-]{3,}\.(?:com|org|net|eu|info|news|co\.uk|co\.in|in|kz|uz|az|ru|de|fr|io|asia|media|tv))\b", re.IGNORECASE)
#: a byline: "By Jane Doe", "by Jane D. | November 5, 2025"
BYLINE = re.compile(r"^(?:by|written by|words by|text by)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\b", re.IGNORECASE)
#: a date line that names its author: "Monday March 3, 2026 7:45 am PST by Jane Doe"
DATED_BYLINE = re.compile(r"\d\b.{0,30}\bby\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*$")
#: mailbox names that are not a publisher (info@gmail.com says nothing about the outlet)
WEBMAIL_DOMAINS = _words("gmail.com yahoo.com hotmail.com outlook.com mail.ru yandex.ru proton.me protonmail.com icloud.com aol.com")
#: what follows a site's name in its slogan line: "Example Wire — news from the north", "Example Wire: ..."
TAGLINE_SEPARATOR = re.compile(r"^\s*[—–|:·•-]\s")
_NAME = r"(?P<name>[A-Z0-9][\w&.'’-]*(?:\s+(?:[A-Z0-9][\w&.'’-]*|of|the|and|&|de|for|on)){0,4}?)"
#: the site naming itself in its furniture: "About Example News", "Follow Example News on X", "Example News App"
BRAND_MENTION = (
    re.compile(r"^(?i:about|follow|contact|subscribe to|support|why you can trust|more from|advertise (?:with|on)|"
               r"careers at|work (?:for|at)|download|welcome to|visit|the best of|"
               r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?)\s+(?i:the\s+)?" + _NAME
               + r"(?i:\s+(?:on|online|app|apps|newsletters?|today|news app|in your inbox)\b.{0,30})?[.:!?]?$"),
    re.compile(r"^(?i:the\s+)?" + _NAME + r"(?i:\s+(?:app|apps|homepage|home page|store|main menu|e-?paper|"
               r"on (?:facebook|twitter|x|instagram|youtube|linkedin|whatsapp|telegram)))$"),
)
#: the last word of a company that owns a publication rather than of the publication itself
CORPORATE_WORDS = _words("company companies media group holdings interactive communications broadcasting newspapers "
                         "publishing publishers network networks inc corporation enterprises partners ventures universal")
#: capitalised words that may stand before a site's name in a footer ("Follow Example News on X")
CREDIT_WORDS = _words("copyright by from about follow subscribe visit more thanks reading all join download get "
                      "contact read support")
#: buttons and labels that open a line as a site's name would: "Share on X", "Latest Sports"
ACTION_WORDS = _words("share print save email watch listen latest top best things see view manage sign log show skip "
                      "homepage accessibility toggle navigation close open")
#: first words of a line that is a button, a label or a legal link rather than a site's name
NOT_NAME_START = ACTION_WORDS | CREDIT_WORDS | _words("terms privacy cookie cookies legal")
#: blogging and hosting platforms: a link to them says nothing about the publisher
PLATFORM_DOMAINS = _words("wordpress.com blogspot.com blogger.com substack.com medium.com ghost.io wix.com squarespace.com "
                          "tumblr.com github.io")
#: platforms and services named in the furniture of any site ("Follow us on Facebook")
PLATFORM_NAMES = _words("facebook twitter x instagram youtube linkedin whatsapp telegram tiktok google apple android "
                        "ios amazon spotify flipboard reddit pinterest snapchat threads bluesky mastodon rss")
#: agencies credited in bodies and source lines that are not the page's publisher
WIRE_AGENCIES = _words("reuters afp ap associated press agencies agency bloomberg xinhua tass ria efe dpa ani pti ians")

# -- dates --------------------------------------------------------------------------------------

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
DATE_ISO = re.compile(r"\b(?P<year>20\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")
#: the end of a year, or a clock glued to it by a flattened page ("Nov 20 20194:29 AM")
_YEAR_END = r"(?:\b|(?=\d{1,2}:\d{2}))"
DATE_MDY = re.compile(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>20\d{2})" + _YEAR_END, re.IGNORECASE)
DATE_DMY = re.compile(_WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>20\d{2})"
                      + _YEAR_END, re.IGNORECASE)
DATE_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<year>20\d{2})\b")
#: month and day without a year, as in a dateline "TBILISI, Georgia, March 3."
DATE_MD_NOYEAR = re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b", re.IGNORECASE)
DATE_DM_NOYEAR = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b", re.IGNORECASE)
#: a dateline opening a lead paragraph: "TBILISI, Georgia, March 3." / "GENEVA (Reuters) -"
DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z .'’-]{2,30}),?\s+(?:[A-Z][\w .'’-]{2,30},\s+)?(?P<rest>.{0,40})")
YEAR = re.compile(r"\b(20\d{2})\b")
#: time zones that mark a day-month-year page (Indian, British, European, Australian clocks)
DMY_ZONES = re.compile(r"\b(?:IST|GMT|BST|CET|CEST|EET|EEST|WET|MSK|PKT|AEST|AEDT|SAST|WAT|EAT|GST|ALMT|UZT|AZT)\b")
MDY_ZONES = re.compile(r"\b(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT)\b")
DATE_LABEL = re.compile(r"^(?:updated|published|posted|created|last updated|first published|date)\s*(?:on|at)?\s*[:|]?\s*", re.IGNORECASE)

# -- HTML ---------------------------------------------------------------------------------------

HTML_TITLE_META = ("og:title", "twitter:title", "dc.title", "headline", "title")
HTML_SITE_META = ("og:site_name", "application-name", "twitter:site", "publisher", "dc.publisher", "author")
HTML_CANONICAL_XPATH = '//link[@rel="canonical"]/@href | //meta[@property="og:url"]/@content'
HTML_JSONLD_XPATH = '//script[@type="application/ld+json"]/text()'
#: " | Site", " - Site", " — Site" at the end of a <title>
TITLE_SUFFIX = re.compile(r"\s+[|–—:·•-]\s+(?:(?!\s[|–—:·•-]\s).){2,60}$")
#: "Opinion | ", "Analysis – " before a headline
TITLE_PREFIX = re.compile(r"^(?P<prefix>[^|–—·•]{2,30}?)\s+[|–—·•]\s+")
#: the address of an article (a path, not a bare home page) alone on its line
BARE_URL = re.compile(r"^https?://[\w.-]+\.[a-z]{2,}/\S{10,}$", re.IGNORECASE)
URL_DATE = re.compile(r"/(?P<year>20\d{2})[/-](?P<month>[01]?\d)[/-](?P<day>[0-3]?\d)(?:/|-|\b)")
#: domain labels that say nothing about the publisher
DOMAIN_NOISE = _words("www m amp mobile news edition en english web www1 www2")

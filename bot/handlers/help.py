"""/start and /help, and the command list Telegram shows in its menu."""

from __future__ import annotations

from telegram import BotCommand, Update
from telegram.ext import CommandHandler

from bot.context import BotContext, Handlers, say

COMMANDS: tuple[tuple[str, str, str], ...] = (
    (
        "nieuw",
        "Nieuwe toezegging vastleggen",
        "/nieuw De minister stuurt voor het zomerreces een brief over X",
    ),
    ("brief", "Kamerbrief laten doorzoeken", "/brief en stuur daarna de PDF, DOCX, HTML of TXT"),
    (
        "open",
        "Open toezeggingen, moties en producten, eventueel gefilterd",
        "/open VWS  ·  /open @jan  ·  /open stikstof",
    ),
    ("verlopen", "Toezeggingen over de termijn", "/verlopen  ·  /verlopen JenV"),
    ("week", "Termijnen in de komende week", "/week  ·  /week @jan"),
    ("maand", "Termijnen in de komende maand", "/maand"),
    ("moties", "Open moties", "/moties  ·  /moties LVVN"),
    ("zoek", "Zoeken in alle toezeggingen", "/zoek jeugdzorg"),
    ("kamerstuk", "Toezeggingen bij een Kamerstuk", "/kamerstuk 28638-178"),
    ("toon", "Eén toezegging met geschiedenis", "/toon 12"),
    ("ministers", "Aantallen per bewindspersoon en ministerie", "/ministers  ·  /ministers VWS"),
    ("afgedaan", "Toezegging afdoen", "/afgedaan 12 28638-180"),
    ("deels", "Toezegging deels afdoen", "/deels 12"),
    ("uitstel", "Nieuwe termijn, met reden", "/uitstel 12 1 maart wegens vertraging bij de uitvoering"),
    ("vervallen", "Toezegging laten vervallen", "/vervallen 12 motie is ingetrokken"),
    ("toewijzen", "Eigenaar kiezen", "/toewijzen 12 @jan"),
    ("heropen", "Afgesloten toezegging weer openen", "/heropen 12 per ongeluk afgedaan"),
    ("ongedaan", "Laatste afdoening of uitstel terugdraaien (tot 10 minuten erna)", "/ongedaan 12"),
    ("volgende", "Volgende keer van een afgedane terugkerende toezegging", "/volgende 12"),
    (
        "wijzig",
        "Titel, termijn, bewindspersoon, ministerie, soort of eigenaar wijzigen",
        "/wijzig 12 termijn 1 december",
    ),
    ("herinneringen", "Geplande herinneringen; beheerders stellen ze in", "/herinneringen 10,5,1 09:00"),
    ("export", "Alle toezeggingen als CSV en XLSX", "/export"),
    ("agenda", "Termijnen als agendabestand", "/agenda"),
    ("overzicht", "Grafiek: open en verlopen per bewindspersoon en ministerie", "/overzicht"),
    ("koppel", "Groep koppelen (beheerders)", "/koppel  ·  /koppel -1001234567890 vanuit een privéchat"),
    ("rol", "Rol geven: admin, editor of viewer", "/rol @jan viewer"),
    ("status", "Hoe het met de bot en deze chat gaat (beheerders)", "/status"),
    (
        "bewindspersoon",
        "Wie een post bekleedt (beheerders van een groep of van de bot)",
        '/bewindspersoon "Minister van Justitie en Veiligheid" Van Weel',
    ),
    ("help", "Deze uitleg", "/help"),
)


def example(command: str) -> str:
    """The example /help gives of ``command`` (without "/"), the first when it gives several."""
    return next(shown for name, _, shown in COMMANDS if name == command).split("  ·  ")[0]


INTRO = (
    "Hallo! Ik houd bij wat bewindspersonen de Kamer hebben toegezegd: toezeggingen, moties en producten, "
    "met hun termijn. Elke groep is een team met een eigen lijst.\n\n"
    "Stuur <code>/nieuw</code> met een zin uit een brief of debat, of stuur een Kamerbrief als bestand, "
    "en ik stel een kaart voor die je met één druk opslaat."
)


def help_text() -> str:
    lines = [INTRO, "", "<b>Opdrachten</b>"]
    lines.extend(f"/{name} – {description}\n  <i>{example}</i>" for name, description, example in COMMANDS)
    lines.append(
        "\nIn een privégesprek mag je ook gewoon een zin sturen. In een groep zie ik alleen opdrachten "
        "en antwoorden op mijn berichten. Een vraag van mij blijft open tot je antwoordt, ‘annuleer’ stuurt "
        "of een opdracht geeft die iets nieuws begint (zoals /nieuw of /uitstel); opzoeken (/open, /week, …) "
        "mag tussendoor."
    )
    return "\n".join(lines)


def bot_commands() -> list[BotCommand]:
    """The menu for set_my_commands."""
    return [BotCommand(name, description) for name, description, _ in COMMANDS]


async def start(update: Update, context: BotContext) -> None:
    """Greet and explain every command."""
    await say(update, context, help_text())


HANDLERS: Handlers = [CommandHandler(["start", "help"], start)]

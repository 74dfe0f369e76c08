/* Built from js/ by js/build.mjs (esbuild). Do not edit: run `make js`. */
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// widgets/schemas/answers.json
var answers_default = {
  description: "What a valid set of answers is, per instrument kind: the one answer contract. widgets/answers.py (check_answers) and js/core/answers.js (checkAnswers, salvageAnswers) both interpret this file, so Python, the book's import and the repair of damaged stored answers accept the same things. Answers are an object; a top-level field that is absent is fine, a field that is present (null too) must match its node. The set of fields is closed: a field not named here is refused by the check (message 'unknown_field'; a file from a newer version of the book is refused, never half imported) and dropped by the repair. Node types: text (a string), number (a JSON number, never a boolean), map (an object; every value must match 'values'), list (an array; every item must match 'items'; 'max' names a definition path giving the most items allowed, 'default' when the path is missing), any_of (the first option that matches; otherwise the last option's message). A map with 'keys' is closed: any other key is refused with its 'unknown' message (the repair drops the whole entry that holds it). A map or list reports 'wrong' when the value is not an object/array, and 'bad' when a value or item fails; without 'bad' the inner node's message is used. Messages are ids in 'messages', with {field} (the dotted field name) and {key} (the failing entry's key) filled in after 'echo': every character matching the pattern 'strip' (control, line-separator and bidi characters) removed, then cut to 'max' characters (code points) ending in '…', so a hostile key cannot flood or reorder a message. Tested by tests/vectors/answers/*.json.",
  echo: { max: 40, strip: "[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069]" },
  messages: {
    unknown_field: {
      no: "svarene har feltet «{field}», som denne versjonen av boka ikke kjenner (filen er kanskje laget med en nyere versjon av boka)",
      nn: "svara har feltet «{field}», som denne versjonen av boka ikkje kjenner (fila er kanskje laga med ein nyare versjon av boka)",
      en: "the answers have field '{field}', which this version of the book does not know"
    },
    plan_key: {
      no: "en rad i handlingsplanen har feltet «{key}», som denne versjonen av boka ikke kjenner (filen er kanskje laget med en nyere versjon av boka)",
      nn: "ei rad i handlingsplanen har feltet «{key}», som denne versjonen av boka ikkje kjenner (fila er kanskje laga med ein nyare versjon av boka)",
      en: "a row of the action plan has field '{key}', which this version of the book does not know"
    },
    not_object: {
      no: "svarene mangler eller er ikke et objekt",
      nn: "svara manglar eller er ikkje eit objekt",
      en: "field 'answers' must be an object"
    },
    unknown_kind: {
      no: "ukjent type øvelse",
      nn: "ukjend type øving",
      en: "unknown kind of instrument"
    },
    text_map: {
      no: "feltet «{field}» skal være en liste med tekster",
      nn: "feltet «{field}» skal vere ei liste med tekstar",
      en: "field '{field}' must be an object of texts"
    },
    text_value: {
      no: "feltet «{field}» har en verdi som ikke er tekst ({key})",
      nn: "feltet «{field}» har ein verdi som ikkje er tekst ({key})",
      en: "field '{field}' has a value that is not text ({key})"
    },
    number_map: {
      no: "feltet «{field}» skal være en liste med tall",
      nn: "feltet «{field}» skal vere ei liste med tal",
      en: "field '{field}' must be an object of numbers"
    },
    number_value: {
      no: "feltet «{field}» har en verdi som ikke er et tall ({key})",
      nn: "feltet «{field}» har ein verdi som ikkje er eit tal ({key})",
      en: "field '{field}' has a value that is not a number ({key})"
    },
    object: {
      no: "feltet «{field}» skal være et objekt",
      nn: "feltet «{field}» skal vere eit objekt",
      en: "field '{field}' must be an object"
    },
    entry_format: {
      no: "feltet «{key}» har feil format",
      nn: "feltet «{key}» har feil format",
      en: "field '{key}' has the wrong format"
    },
    list: {
      no: "feltet «{field}» skal være en liste",
      nn: "feltet «{field}» skal vere ei liste",
      en: "field '{field}' must be a list"
    },
    text_list: {
      no: "feltet «{field}» skal være en liste med tekster",
      nn: "feltet «{field}» skal vere ei liste med tekstar",
      en: "field '{field}' must be a list of texts"
    },
    plan_rows: {
      no: "handlingsplanen har flere rader enn øvelsen tillater",
      nn: "handlingsplanen har fleire rader enn øvinga tillèt",
      en: "the action plan has more rows than the instrument allows"
    },
    plan_row: {
      no: "en rad i handlingsplanen har feil format",
      nn: "ei rad i handlingsplanen har feil format",
      en: "a row of the action plan has the wrong format"
    },
    plan_text: {
      no: "feltet «{key}» i handlingsplanen skal være tekst",
      nn: "feltet «{key}» i handlingsplanen skal vere tekst",
      en: "field '{key}' of the action plan must be text"
    }
  },
  kinds: {
    rating: {
      ratings: { type: "map", values: { type: "text" }, wrong: "text_map", bad: "text_value" },
      notes: { type: "map", values: { type: "text" }, wrong: "text_map", bad: "text_value" },
      plan: {
        type: "list",
        wrong: "list",
        max: { path: ["plan", "max_themes"], default: 0, message: "plan_rows" },
        items: {
          type: "map",
          keys: ["theme", "action", "who", "when"],
          unknown: "plan_key",
          values: { type: "text" },
          wrong: "plan_row",
          bad: "plan_text"
        }
      }
    },
    reflection: {
      responses: { type: "map", values: { type: "text" }, wrong: "text_map", bad: "text_value" }
    },
    likert: {
      ratings: { type: "map", values: { type: "number" }, wrong: "number_map", bad: "number_value" }
    },
    evaluation: {
      ratings: { type: "map", values: { type: "number" }, wrong: "number_map", bad: "number_value" },
      responses: { type: "map", values: { type: "text" }, wrong: "text_map", bad: "text_value" }
    },
    quiz: {
      responses: {
        type: "map",
        wrong: "object",
        values: {
          type: "any_of",
          options: [
            { type: "text" },
            { type: "map", values: { type: "text" }, wrong: "text_map", bad: "text_value" }
          ]
        }
      }
    },
    scenario: {
      path: { type: "list", items: { type: "text" }, wrong: "text_list", bad: "text_list" },
      endings: { type: "list", items: { type: "text" }, wrong: "text_list", bad: "text_list" }
    },
    template: {
      fields: {
        type: "map",
        wrong: "object",
        bad: "entry_format",
        values: {
          type: "any_of",
          options: [
            { type: "text" },
            { type: "list", items: { type: "text" }, wrong: "text_list", bad: "text_list" },
            { type: "map", values: { type: "text" }, wrong: "text_map", bad: "text_value" }
          ]
        }
      }
    }
  }
};

// widgets/i18n/nb.json
var nb_default = {
  "exchange.svarene_til_har_feil_format": "Svarene til «{title}» har feil format: {err}.",
  "exchange.oppforing_i_filen": "Oppføring {x} i filen («{title}») {wrong}",
  "exchange.filen_har_svar_til_en": "Filen har svar til en øvelse boka ikke kjenner («{echo}»).",
  "exchange.oppforing_i_filen_har_feil": "Oppføring {x} i filen har feil format.",
  "exchange.filen": "Filen {top}",
  "exchange.filen_har_for_mange_nivaer": "Filen har for mange nivåer inni hverandre og kan ikke være en arbeidsbok fra boka.",
  "exchange.filen_ser_ikke_ut_som": "Filen ser ikke ut som en arbeidsbok fra Metodeveilederhåndboka.",
  "exchange.dette_er_en_eksport_fra": "Dette er en eksport fra én øvelse. Importer den på siden der øvelsen står.",
  "exchange.filen_er_ikke_en_gyldig": "Filen er ikke en gyldig JSON-fil.",
  "exchange.filen_har_svar_i_feil": "Filen har svar i feil format: {err}.",
  "exchange.filen_2": "Filen {wrong}",
  "exchange.filen_er_fra_ikke_fra": "Filen er fra {other}, ikke fra «{title}». Velg en fil du har eksportert fra «{title2}».",
  "exchange.en_annen_ovelse": "en annen øvelse",
  "exchange.ovelsen": "øvelsen «{echo}»",
  "exchange.filen_har_for_mange_nivaer_2": "Filen har for mange nivåer inni hverandre og kan ikke være en eksport fra boka.",
  "exchange.filen_ser_ikke_ut_som_2": "Filen ser ikke ut som en eksport fra Metodeveilederhåndboka.",
  "exchange.dette_er_en_fil_fra": "Dette er en fil fra «Mine svar» med svar fra flere øvelser. Importer den på siden «Mine svar» i boka (knappen «Importer alle»).",
  "exchange.filen_er_ikke_en_gyldig_2": "Filen er ikke en gyldig JSON-fil. Velg en fil du har eksportert fra denne øvelsen.",
  "exchange.dette_er_en_csv_fil": "Dette er en CSV-fil, som er for regneark. Importer JSON-filen du eksporterte fra denne øvelsen.",
  "exchange.ble_ikke_importert": "«{echo}» ble ikke importert. {text}",
  "exchange.har_feltet_som_skal": "har feltet «{name}», som skal {WANTED}.",
  "exchange.mangler_feltet": "mangler feltet «{missing}».",
  "exchange.har_feltet_som_denne_versjonen": "har feltet «{echo}», som denne versjonen av boka ikke kjenner. Den er kanskje laget med en nyere versjon av boka.",
  "exchange.svarene_i_maling_har_feil": "Svarene i måling {x}{where} («{echo}») har feil format: {err}.",
  "exchange.har_samme_id_som_en": "{which} har samme id som en måling før den.",
  "exchange.har_feil_format": "{which} har feil format.",
  "exchange.maling_i_filen": "Måling {x}{where} i filen",
  "exchange.filen_har_malinger_til_som": "Filen har målinger til «{title}», som ikke har målinger.",
  "exchange.vaere_en_dato_skrevet_som": "være en dato skrevet som ÅÅÅÅ-MM-DD",
  "exchange.vaere_et_navn_pa_1": "være et navn på 1 til {MAX_LABEL} tegn",
  "exchange.vaere_en_malings_id_16": "være en målings-id (16 tegn, 0–9 og a–f)",
  "exchange.vaere_en_liste_med_hoyst": "være en liste med høyst {MAX_MEASUREMENTS} målinger",
  "exchange.vaere_en_liste": "være en liste",
  "exchange.vaere_et_objekt_med_svar": "være et objekt med svar",
  "exchange.vaere_en_svar_id_bokstaver": "være en svar-id (bokstaver og tall, høyst 64 tegn)",
  "exchange.vaere_et_helt_tall_fra": "være et helt tall fra 1 og oppover",
  "exchange.vaere_tekst": "være tekst",
  "measure.snitt_i_av_dimensjoner": "{head}; snitt i {n} av {n2} dimensjoner",
  "measure.av_utsagn_besvart": "{answered} av {items} utsagn besvart",
  "measure.av_mal_vurdert": "{answered} av {items} mål vurdert",
  "teach.tilbakemeldingen_kommer_nar_du_har": "Tilbakemeldingen kommer når du har svart på minst {need} av {items} utsagn ({more} til), så den ikke bygger på for lite.",
  "teach.ut_fra_av_utsagn": "Ut fra {answered} av {items} utsagn: ",
  "evaluation.du_har_svart_pa_av": "Du har svart på {rated} av {statements} påstander og {answered} av {questions} spørsmål.",
  "evaluation.skalaen_gar_fra_til": "Skalaen går fra «{x}» til «{x2}».",
  "evaluation.av_pastander_og_av_sporsmal": "{rated} av {statements} påstander og {answered} av {questions} spørsmål besvart",
  "likert.tilbakemelding": "Tilbakemelding",
  "likert.snitt": "Snitt",
  "likert.besvart": "Besvart",
  "likert.dimensjon": "Dimensjon",
  "likert.snitt_og_tilbakemelding_per_dimensjon": "Snitt og tilbakemelding per dimensjon",
  "likert.snitt_per_dimensjon_pa_en": "Snitt per dimensjon på en skala fra {min} til {max}: {means}. Tallene står også i tabellen.",
  "likert.du_har_svart_pa_av": "Du har svart på {answered} av {items} utsagn.",
  "likert.din_profil": "Din profil",
  "likert.oppsummering": "Oppsummering",
  "likert.svar_ut_fra_hvordan_det": "Svar ut fra hvordan det er nå, ikke hvordan du ønsker det skal være. Skalaen går fra «{x}» til «{x2}».",
  "likert.av_utsagn_besvart": "{answered} av {items} utsagn besvart",
  "quiz.poeng_av_besvart_av": "Poeng: {correct} av {units}. Besvart: {answered} av {units2}.",
  "quiz.prov_igjen": "Prøv igjen",
  "quiz.vis_forklaring": "Vis forklaring",
  "quiz.skjul_forklaring": "Skjul forklaring",
  "quiz.av_riktige": "{correct} av {units} riktige.",
  "quiz.ikke_besvart": "ikke besvart",
  "quiz.ikke_helt_riktig_er": "Ikke helt – riktig er «{x}». ",
  "quiz.riktig": "Riktig. ",
  "quiz.velg": "Velg …",
  "quiz.prov_et_annet_svar_eller": "Prøv et annet svar, eller les forklaringen.",
  "quiz.du_har_svart_riktig": "Du har svart riktig.",
  "quiz.ikke_helt": "Ikke helt. ",
  "quiz.trykk_mellomrom_eller_enter_for": "Trykk mellomrom eller Enter for å velge dette svaret.",
  "rating_plan.innen": "Innen",
  "rating_plan.hvem_gjor_det": "Hvem gjør det?",
  "rating_plan.hva_skal_gjores": "Hva skal gjøres?",
  "rating_plan.ikke_valgt": "ikke valgt",
  "rating_plan.tema": "Tema",
  "rating_plan.handlingsplan": "Handlingsplan",
  "rating_plan.forbedringsomrade": "Forbedringsområde {x}",
  "rating_plan.velg_tema": "Velg tema",
  "rating.totalt": "Totalt",
  "rating.del_eller_tema": "Del eller tema",
  "rating.antall_mal_per_farge_per": "Antall mål per farge, per del og per tema",
  "rating.stolpediagram_over_vurderingene_per_del": "Stolpediagram over vurderingene per del og tema. {counts}. Tallene står også i tabellen under.",
  "rating.ikke_vurdert": "Ikke vurdert",
  "rating.totalt_ikke_vurdert": "Totalt: {counts}, ikke vurdert: {x}.",
  "rating.du_har_vurdert_av_mal": "Du har vurdert {answered} av {items} mål.",
  "rating.notat": "Notat: {v}",
  "rating.ikke_vurdert_2": "Ikke vurdert: {join}.",
  "rating.ingen_av_de_malene_er": "Ingen av de {n} målene er vurdert.",
  "rating.ikke_vurdert_3": "ikke vurdert",
  "rating.vurder_hvert_mal_for_teamet": "Vurder hvert mål for teamet eller kontoret ditt. Fargene betyr:",
  "rating.lukk_alle_temaer": "Lukk alle temaer",
  "rating.apne_alle_temaer": "Åpne alle temaer",
  "rating.alle_malene_er_vurdert": "Alle målene er vurdert.",
  "rating.ga_til": "Gå til",
  "rating.ga_til_oppsummeringen": "Gå til oppsummeringen",
  "rating.neste_ubesvarte_mal": "Neste ubesvarte mål",
  "rating.oppsummering": "Oppsummering",
  "rating.notat_til_mal_valgfritt": "Notat til mål {id} (valgfritt)",
  "rating.notat_til": "Notat til {id}",
  "rating.av_mal_vurdert": "{answered} av {items} mål vurdert",
  "reflection.du_har_svart_pa_av": "Du har svart på {answered} av {prompts} spørsmål.",
  "reflection.ikke_besvart": "(ikke besvart)",
  "reflection.av_sporsmal_besvart": "{answered} av {prompts} spørsmål besvart",
  "scenario.start_pa_nytt": "Start på nytt",
  "scenario.tilbake": "Tilbake",
  "scenario.du_har_funnet_alle_de": " Du har funnet alle de {total} utfallene.",
  "scenario.du_har_funnet_av_utfall": " Du har funnet {n} av {total} utfall. Start på nytt og prøv andre valg for å se flere.",
  "scenario.situasjon": "Situasjon {n}",
  "scenario.ditt_valg": "Ditt valg: ",
  "scenario.valgene_dine_sa_langt": "Valgene dine så langt",
  "scenario.ikke_startet": "ikke startet",
  "scenario.valg_tatt": "{steps} valg tatt",
  "scenario.fullfort": "fullført: «{endingTitle}»{found}",
  "scenario.slutt": "Slutt: {endingTitle} ({toLowerCase})",
  "scenario.av_utfall_funnet": "{n} av {total} utfall funnet",
  "scenario.et_svakt_utfall": "Et svakt utfall",
  "scenario.et_blandet_utfall": "Et blandet utfall",
  "scenario.et_godt_utfall": "Et godt utfall",
  "status.ferdig": "Ferdig",
  "status.pabegynt": "Påbegynt",
  "status.ikke_startet": "Ikke startet",
  "template.du_har_fylt_ut_av": "Du har fylt ut {filled} av {fields} felt.",
  "template.velg": "Velg …",
  "template.av_felt_fylt_ut": "{filled} av {fields} felt fylt ut",
  "controls.avbryt": "Avbryt",
  "controls.filen_kunne_ikke_leses_ingenting": "Filen kunne ikke leses. Ingenting er endret.",
  "controls.filen_er_tom_ingenting_er": "Filen er tom. Ingenting er endret.",
  "dom.les_mer_i_kapitlet": "Les mer i kapitlet «{title}»",
  "dom.ikke_skriv_noe_som_kan": "Ikke skriv noe som kan identifisere en deltaker, en arbeidsgiver eller en kollega.",
  "frame.kilde": "Kilde: {source}",
  "frame.skriv_ut": "Skriv ut",
  "frame.eksporter_csv": "Eksporter (CSV)",
  "frame.eksporter_json": "Eksporter (JSON)",
  "frame.lagre_dele_og_skrive_ut": "Lagre, dele og skrive ut",
  "frame.alle_svarene_i_denne_ovelsen": "Alle svarene i denne øvelsen er slettet.",
  "frame.malingene_dine_blir_liggende": " Målingene dine blir liggende.",
  "frame.bekreft_nullstilling": "Bekreft nullstilling",
  "frame.ja_slett_svarene": "Ja, slett svarene",
  "frame.nullstill": "Nullstill",
  "frame.bekreft_import": "Bekreft import",
  "frame.ja_importer_og_erstatt": "Ja, importer og erstatt",
  "frame.importer_fra_fil": "Importer fra fil",
  "frame.filen_er_storre_enn_1": "Filen er større enn 1 MB og kan ikke være en eksport fra denne øvelsen. Ingenting er endret.",
  "frame.ingenting_er_endret": "{message} Ingenting er endret.",
  "frame.svarene_er_importert_fra": "Svarene er importert fra «{name}».{count}{other}",
  "frame.malinger": "{n} målinger",
  "frame.1_maling": "1 måling",
  "frame.filen_er_fra_versjon_av": " Filen er fra versjon {version} av øvelsen; svar på mål som ikke finnes lenger, tas vare på i eksporten.",
  "frame.det_kan_ikke_angres_vil": "{answersPart}{measurePart}Det kan ikke angres. Vil du importere?",
  "frame.av_malingene_dine": "{replacedMeasurements} av målingene dine",
  "frame.1_av_malingene_dine": "1 av målingene dine",
  "frame.filen_har_de_samme_svarene": "Filen «{name}» har de samme svarene som du har her nå. ",
  "frame.filen_har_andre_svar_enn": "Filen «{name}» har andre svar enn dem du har her nå ({progress}). Importerer du den, blir {what} dine erstattet av svarene i filen. ",
  "frame.av_svarene": "{replaced} av svarene",
  "frame.1_av_svarene": "1 av svarene",
  "frame.svarene_er_lastet_ned_som": "Svarene er lastet ned som CSV-fil for regneark.",
  "frame.svarene_er_lastet_ned_som_2": "Svarene er lastet ned som JSON-fil. Den kan importeres igjen senere.",
  "frame.sist_lagret": "Sist lagret {savedAt}.",
  "frame.oppdatert_kl": "Oppdatert kl. {time}.",
  "frame.lagret_i_nettleseren_kl": "Lagret i nettleseren kl. {time}.",
  "frame.svarene_er_ikke_lagret_eksporter": "Svarene er ikke lagret. Eksporter dem før du lukker siden.",
  "frame.ukjent_ovelsestype": "Ukjent øvelsestype: {kind}",
  "frame.les_mer_om_personvern": "Les mer om personvern",
  "frame.svarene_ligger_i_denne_notatboken": "Svarene ligger i denne notatboken og kan leses fra Python. De sendes ikke noe sted.",
  "frame.svarene_lagres_bare_i_denne": "Svarene lagres bare i denne nettleseren.",
  "frame.svarene_lagres_bare_i_denne_2": "Svarene lagres bare i denne nettleseren og sendes ikke noe sted. Vil du ta vare på dem eller flytte dem, eksporterer du dem til en fil.",
  "measurements.noen_lagrede_malinger_kunne_ikke": "Noen lagrede målinger kunne ikke leses, og nettleseren har ikke plass til en kopi. Nye målinger lagres ikke over dem: eksporter svarene for å ta vare på dem.",
  "measurements.noen_lagrede_malinger_kunne_ikke_2": "Noen lagrede målinger kunne ikke leses. En kopi av det som var lagret, er tatt vare på i nettleseren.",
  "measurements.en_maling_er_en_datert": "En måling er en datert kopi av svarene dine. Lagre en nå, svar igjen senere (for eksempel etter et halvt år), og se hva som har endret seg.",
  "measurements.malinger": "Målinger",
  "measurements.etter": "Etter",
  "measurements.for": "Før",
  "measurements.velg_hva_du_vil_sammenligne": "Velg hva du vil sammenligne",
  "measurements.sammenlign": "Sammenlign",
  "measurements.velg_to_ulike_a_sammenligne": "Velg to ulike å sammenligne.",
  "measurements.svarene_na": "Svarene nå",
  "measurements.fra_versjon_av_ovelsen": " · fra versjon {version} av øvelsen",
  "measurements.slett": "Slett",
  "measurements.slett_malingen": "Slett målingen «{label}»",
  "measurements.gi_nytt_navn": "Gi nytt navn",
  "measurements.gi_nytt_navn_til": "Gi nytt navn til «{label}»",
  "measurements.avbryt": "Avbryt",
  "measurements.lagre_navnet": "Lagre navnet",
  "measurements.nytt_navn": "Nytt navn",
  "measurements.malingen_heter_na": "Målingen heter nå «{label}».",
  "measurements.navnet_kan_ikke_vaere_tomt": "Navnet kan ikke være tomt.",
  "measurements.malingen_er_slettet": "Målingen «{label}» er slettet.",
  "measurements.vil_du_slette_malingen_det": "Vil du slette målingen «{label}» ({norwegianDate})? Det kan ikke angres.",
  "measurements.bekreft_sletting_av_maling": "Bekreft sletting av måling",
  "measurements.ja_slett_malingen": "Ja, slett målingen",
  "measurements.du_har_ingen_malinger_enna": "Du har ingen målinger ennå. Lagre en når du har svart, så kan du sammenligne senere.",
  "measurements.dato": "Dato",
  "measurements.navn_pa_malingen": "Navn på målingen",
  "measurements.ny_maling": "Ny måling",
  "measurements.lagre_som_maling": "Lagre som måling",
  "measurements.malingen_er_lagret_svarene_dine": "Målingen «{label}» er lagret. Svarene dine er der fortsatt, og du kan endre dem.",
  "measurements.det_er_ingen_svar_a": "Det er ingen svar å lagre som måling ennå.",
  "measurements.skriv_en_dato_for_malingen": "Skriv en dato for målingen.",
  "measurements.maling": "Måling {dateInWords}",
  "measurements.nettleseren_lot_ikke_boka_lagre": "Nettleseren lot ikke boka lagre målingen. Den er med når du eksporterer (Eksporter (JSON)).",
  "measurements.nettleseren_har_ikke_mer_plass": "Nettleseren har ikke mer plass, så målingen er ikke lagret her. Den er med når du eksporterer (Eksporter (JSON)): gjør det før du lukker siden.",
  "measurements.for_og_etter_per": "Før og etter per {toLowerCase}",
  "measurements.svar_er_uendret": "{same} svar er uendret.",
  "measurements.alle_svarene_er_like_i": "Alle svarene er like i de to.",
  "measurements.ingen_av_de_to_har": "Ingen av de to har svar å sammenligne.",
  "measurements.disse_svarene_er_fra_en": "Disse svarene er fra en eldre versjon av øvelsen og finnes ikke i den nye.",
  "measurements.kunne_ikke_sammenlignes": "Kunne ikke sammenlignes ({n})",
  "measurements.besvart_for_men_ikke_na": "Besvart før, men ikke nå.",
  "measurements.ikke_besvart_na": "Ikke besvart nå",
  "measurements.besvart_na_men_ikke_for": "Besvart nå, men ikke før.",
  "measurements.nye_svar": "Nye svar",
  "measurements.darligere_2": "Dårligere",
  "measurements.bedre": "Bedre",
  "measurements.noen_av_utsagnene_er_snudd": "Noen av utsagnene er snudd: der betyr mer enig et dårligere resultat.",
  "measurements.uten_svar_i_noen_av": "{left} {x} uten svar i noen av de to er ikke med.",
  "measurements.besvart_etter": "Besvart etter",
  "measurements.besvart_for": "Besvart før",
  "measurements.endring": "Endring",
  "measurements.for_etter_tallene_er": "Før: «{name}». Etter: «{name2}». Tallene er {unit}.",
  "measurements.etter_2": "Etter: {name}",
  "measurements.for_2": "Før: {name}",
  "measurements.for_og_etter_per_og": "Før og etter per {toLowerCase}: «{name}» og «{name2}» ({unit})",
  "measurements.snitt_pa_skalaen": "snitt på skalaen {min}–{max}",
  "measurements.tema": "Tema",
  "measurements.dimensjon": "Dimensjon",
  "measurements.darligst": "dårligst",
  "notices.ovelsen_er_oppdatert_siden_du": "Øvelsen er oppdatert siden du svarte (versjon {migratedFrom} → {version}). Svarene dine er tatt med over. Svar på spørsmål som er fjernet, ligger fortsatt i eksporten.",
  "notices.last_ned_det_som_var": "Last ned det som var lagret",
  "notices.nettleseren_har_ikke_plass_til": "Nettleseren har ikke plass til en sikkerhetskopi. Last ned det som var lagret: først da lagres nye svar over det.",
  "notices.det_som_var_lagret_er": "Det som var lagret, er tatt vare på i en sikkerhetskopi i nettleseren.",
  "notices.det_som_var_lagret_for": "Det som var lagret for denne øvelsen, kunne ikke leses, så øvelsen starter tom. ",
  "notices.noe_av_det_som_var": "Noe av det som var lagret for denne øvelsen, var skadet og kunne ikke brukes ({dropped} {parts}). Resten er hentet inn. ",
  "notices.det_du_skrev_na_er": " Det du skrev nå, er ikke lagret: skriv det gjerne på nytt.",
  "notices.svarene_lagres_i_nettleseren_igjen": "Svarene lagres i nettleseren igjen.",
  "notices.ikke_lagret_enna_last_forst": "Ikke lagret ennå: last først ned det som var lagret (knappen øverst i øvelsen), så lagres svarene igjen.",
  "notices.ikke_lagret_nettleseren_lar_ikke": "Ikke lagret: nettleseren lar ikke siden lagre svar. Det du skriver, finnes bare på denne siden til du eksporterer det (knappene under øvelsen).",
  "notices.ikke_lagret_nettleseren_har_ikke": "Ikke lagret: nettleseren har ikke mer plass. Det du skriver, finnes bare på denne siden til du eksporterer det (knappene under øvelsen).",
  "notices.nettleseren_lar_ikke_denne_siden": "Nettleseren lar ikke denne siden lagre svar (lagring er slått av eller blokkert). Øvelsen virker likevel, men svarene forsvinner når du lukker siden. Eksporter dem til en fil for å ta vare på dem.",
  "notices.nettleseren_har_ikke_mer_plass": "Nettleseren har ikke mer plass til å lagre svar. Det du skriver nå, blir bare liggende på denne siden. Eksporter svarene til en fil for å ta vare på dem.",
  "notices.svarene_dine_lagres_ikke_enna": "Svarene dine lagres ikke ennå: last først ned det som var lagret (knappen over), så det ikke går tapt.",
  "scale_item.ikke_besvart": "ikke besvart",
  "common.og_har_begynt_pa": " og har begynt på {started}.",
  "index.ukjent_visning": "Ukjent visning: {role}",
  "overview.mine_svar": "Mine svar",
  "overview.apne_en_del_for_a": "Åpne en del for å se øvelsene i den, med lenke til der de står. En øvelse som står flere steder i boka, er med i hver del den står i.",
  "overview.nettleseren_lar_ikke_boka_lagre": "Nettleseren lar ikke boka lagre svar, så oversikten kan ikke vise hvor langt du har kommet.",
  "overview.oversikten_leses_fra_svarene_som": "Oversikten leses fra svarene som er lagret i denne nettleseren. Ingenting sendes noe sted.",
  "overview.hvor_langt_du_har_kommet": "Hvor langt du har kommet",
  "overview.du_har_ingen_malinger_enna": "Du har ingen målinger ennå. En måling er en datert kopi av svarene dine i en selvvurdering, så du senere kan se hva som har endret seg. Du lagrer den under «Målinger» i selvvurderingen{x}",
  "overview.malingene_dine": "Målingene dine",
  "overview.star_ikke_i_boka_enna": "Står ikke i boka ennå",
  "overview.pabegynt": ", {started} påbegynt",
  "paper.malinger": "Målinger ({n})",
  "paper.maling": "Måling",
  "paper.svar": "Svar",
  "paper.ditt_valg": "Ditt valg",
  "paper.riktig_svar_2": "Riktig svar",
  "paper.ditt_svar_2": "Ditt svar",
  "paper.ikke_riktig": " (ikke riktig)",
  "paper.ikke_valgt": "ikke valgt",
  "paper.innen": "Innen",
  "paper.hvem": "Hvem",
  "paper.tiltak": "Tiltak",
  "paper.tema": "Tema",
  "paper.handlingsplan": "Handlingsplan",
  "paper.ikke_vurdert_av_mal": "Ikke vurdert ({left} av {n} mål): {runs}.",
  "paper.notat": "Notat",
  "paper.ikke_vurdert": "ikke vurdert",
  "paper.vurdering": "Vurdering",
  "team.hvilken_ovelse_gjelder_det": "Hvilken øvelse gjelder det?",
  "team.teamoversikt": "Teamoversikt",
  "team.tom_oversikten": "Tøm oversikten",
  "team.legg_til_filer": "Legg til filer",
  "team.hva_vil_du_se": "Hva vil du se?",
  "team.sammenligne_to_runder": "Sammenligne to runder",
  "team.ett_teamresultat": "Ett teamresultat",
  "team.tom_begge_gruppene": "Tøm begge gruppene",
  "team.her_kan_du_sammenligne_to": "Her kan du sammenligne to runder av samme øvelse, for eksempel før og etter et halvår. Filene fra hver runde legges i hver sin gruppe og telles hver for seg. Ingen svar kobles mellom gruppene, så ingen kan følges fra den ene runden til den andre.",
  "team.legg_filene_fra_hver_runde": "Legg filene fra hver runde i sin gruppe. Trykk «Vis sammenligning» når alle filene er med. Hver gruppe vises bare når minst {MIN_TEAM_RESPONSES} har svart.",
  "team.begynn_pa_nytt": "Begynn på nytt",
  "team.du_har_allerede_sett_sammenligningen": "Du har allerede sett sammenligningen. Viser du den igjen nå, kan forskjellen i tallene avsløre hva de nye filene svarte. Det tryggeste er å begynne på nytt og legge inn alle filene samlet.",
  "team.besvarelser_lagt_til": "{roundLabel}: {n}, {roundLabel2}: {n2} besvarelser lagt til.",
  "team.noen_filer_har_noyaktig_de": " Noen filer har nøyaktig de samme svarene under ulik svar-id og telles som én.",
  "team.legg_til_filer_i": "Legg til filer i {roundLabel}",
  "team.vis_sammenligning": "Vis sammenligning",
  "team.navn_pa_gruppen": "Navn på gruppen",
  "team.gruppe": "Gruppe {x}",
  "team.hver_ovelse_har_sine_egne": "Hver øvelse har sine egne filer. Velger du en annen øvelse, ligger filene du har lagt til, her når du kommer tilbake. «Tøm oversikten» tømmer bare øvelsen som er valgt.",
  "team.den_som_legger_inn_filene": "Den som legger inn filene, kan åpne hver fil og se hva den enkelte svarte. Skal svarene være anonyme også for den personen, må en nøytral innsamler ta imot filene og legge dem inn. Tallene her beskytter den enkelte når de vises for teamet: alt som har {fewer}, skjules.",
  "team.filene_leses_bare_her_i": "Filene leses bare her i nettleseren. Ingenting lagres eller sendes, og ingen navn vises. Lukker du siden, er oversikten borte.",
  "team.vis_teamresultat": "Vis teamresultat",
  "team.teamresultatet_vises_bare_nar_minst": "Teamresultatet vises bare når minst {MIN_TEAM_RESPONSES} besvarelser har svar. Nå er det {n}. Det beskytter den enkelte: med færre kan hver enkelts svar leses ut av tallene.",
  "team.legg_til_filene_fra_teamet": "Legg til filene fra teamet. Tallene vises først når du trykker «Vis teamresultat».",
  "team.legg_til_alle_filene_forst": "Legg til alle filene først. Trykk «Vis teamresultat» når alle er med.",
  "team.du_har_allerede_sett_teamresultatet": "Du har allerede sett teamresultatet. Viser du det igjen nå, kan forskjellen i tallene avsløre hva den eller de nye filene svarte, og med én ny fil er det én persons svar. Det tryggeste er å begynne på nytt og legge inn alle filene samlet før du viser resultatet.",
  "team.jeg_vet_at_dette_er": "Jeg vet at dette er ulike personer som har svart likt: tell filene hver for seg",
  "team.derfor_telles_de_som_n": "Derfor telles de som én besvarelse.",
  "team.na_telles_de_hver_for": "Nå telles de hver for seg.",
  "team.lagt_til": "{title} ({count} lagt til)",
  "team.uten_svar_telles_ikke": " {count} uten svar telles ikke.",
  "team.lagt_til_2": "«{name}»: lagt til.",
  "team.og_en_eldre_eksport_den": "{same} og en eldre eksport. Den nyeste eksporten teller, så denne filen telles ikke.",
  "team.og_en_nyere_eksport_den": "{same} og en nyere eksport. Den nyeste eksporten teller, så den nye filen erstatter den gamle.{empty}",
  "team.den_nye_filen_erstatter_den": "{same}. Den nye filen erstatter den gamle.{empty}",
  "team.samme_svar_id_som_men": "«{name}»: samme svar-id som «{name2}», men andre svar",
  "team.den_har_ingen_besvarte_utsagn": " Den har ingen besvarte utsagn og telles ikke.",
  "team.samme_besvarelse_er_lagt_til": "«{name}»: samme besvarelse er lagt til før. Den telles bare én gang.",
  "team.filen_mangler_svar_id_og": "«{name}»: filen mangler svar-id og kan ikke telles trygt. Be om en ny eksport.",
  "team.filen_er_storre_enn_1": "«{name}»: filen er større enn 1 MB.",
  "team.filen_er_tom": "«{name}»: filen er tom.",
  "team.filene_du_har_lagt_til": "Filene du har lagt til:",
  "team.runde_2": "Runde 2",
  "team.runde_1": "Runde 1",
  "team.endring_er_snittet_i_den": "Endring er snittet i den andre gruppen minus snittet i den første. Gruppene telles hver for seg: ingen følges fra den ene runden til den andre, og det kan være andre personer som har svart.",
  "team.tabell_snitt_per_i_hver": "Tabell: snitt per {what} i hver runde",
  "team.de_samme_tallene_star_i": "De samme tallene står i tabellen under.",
  "team.snitt_per_runde_for_runde": "Snitt per {what}, runde for runde",
  "team.endring": "Endring",
  "team.snitt_per_skala": "Snitt per {what} (skala {min}–{max}): {join}",
  "team.snitt_per_tallene_star_ogsa": "Snitt per {what}, {join}: {join2}. Tallene står også i tabellen under.",
  "team.er_ikke_med_i_snittet": " {join} er ikke med i snittet.",
  "team.snittet_per_pa_en_skala": "Snittet per {what} på en skala fra {min} til {max}.",
  "team.pastand": "påstand",
  "team.tema": "Tema",
  "team.pastand_2": "Påstand",
  "team.dimensjon": "Dimensjon",
  "team.ingen_svar_enna": "ingen svar ennå",
  "team.svar_fra": "svar fra {count}",
  "team.tabell_vurderinger_per_mal": "Tabell: vurderinger per mål",
  "team.per_mal_alle_mal": "Per mål (alle {goals} mål)",
  "team.tabell_vurderinger_per_tema": "Tabell: vurderinger per tema",
  "team.per_tema": "Per tema",
  "team.mal_2": "Mål",
  "team.antall_vurderinger_per_mal_og": "Antall vurderinger per mål og farge (n = {n})",
  "team.totalt": "Totalt",
  "team.antall_vurderinger_per_tema_og": "Antall vurderinger per tema og farge (n = {n})",
  "team.antall_vurderinger_per_tema_og_2": "Antall vurderinger per tema og farge: {join}. Tallene står også i tabellen under.",
  "team.ikke_vurdert": "Ikke vurdert",
  "team.har_og_vises_ikke": "{join} har {fewer} og vises ikke.",
  "team.hvert_sporsmal_for_seg_sortert": "Hvert spørsmål for seg, sortert etter teksten og ikke etter hvem som svarte, så svarene til én person ikke står samlet. Et spørsmål vises først når minst {MIN_TEAM_RESPONSES} har skrevet noe.",
  "team.de_skrevne_svarene": "De skrevne svarene",
  "team.tabell_fordeling_snitt_og_spredning": "Tabell: fordeling, snitt og spredning per påstand",
  "team.bildet_viser_snittet_per_pastand": "Bildet viser snittet per påstand (prikken) og spredningen rundt det (feltet). Tabellen viser hvor mange som valgte hvert punkt på skalaen: {scaleWords}. Spredning er standardavviket.",
  "team.pastandene": "Påstandene",
  "team.spredning": "Spredning",
  "team.snitt": "Snitt",
  "team.fordeling_snitt_og_spredning_per": "Fordeling, snitt og spredning per påstand (n = {n})",
  "team.snitt_og_spredning_per_pastand": "Snitt og spredning per påstand på en skala fra {min} ({x}) til {max} ({x2}): {join}. Tallene står også i tabellen under.",
  "team.har_og_vises_ikke_de": "{count} har {fewer} og vises ikke. De er heller ikke med i snittet per dimensjon, så ingen kan regne seg fram til dem.",
  "team.tabell_fordeling_snitt_og_spredning_2": "Tabell: fordeling, snitt og spredning per utsagn",
  "team.ingen_utsagn_skiller_seg_ut": "Ingen utsagn skiller seg ut med lavest snitt eller størst spredning.",
  "team.se_saerlig_pa_disse_utsagnene": "Se særlig på disse utsagnene:",
  "team.utsagnene": "Utsagnene",
  "team.tabell_snitt_per_dimensjon": "Tabell: snitt per dimensjon",
  "team.snitt_per_dimensjon": "Snitt per dimensjon",
  "team.storst_spredning": "Størst spredning: {named}.",
  "team.lavest_snitt": "Lavest snitt: {named}.",
  "team.omvendt_snittet_er_snudd": " (omvendt, snittet er snudd)",
  "team.utsagn": "Utsagn",
  "team.fordeling_snitt_og_spredning_per_2": "Fordeling, snitt og spredning per utsagn (n = {n})",
  "team.snittet_star_i_samme_retning": "Snittet står i samme retning som dimensjonen: For omvendte utsagn er det snudd ({min} regnes som {max}), så et lavt snitt betyr det samme for alle utsagnene.",
  "team.snitt_og_spredning_per_utsagn": "Snitt og spredning per utsagn, i samme retning som dimensjonen (høyt er alltid bra): {join}. Tallene står også i tabellen under.",
  "team.niva": "Nivå",
  "team.svar": "Svar",
  "team.snitt_per_dimensjon_skala_n": "Snitt per dimensjon (skala {min}–{max}, n = {n})",
  "team.teamets_snitt_per_dimensjon_pa": "Teamets snitt per dimensjon på en skala fra {min} til {max}: {join}. Tallene står også i tabellen under.",
  "team.storst_spredning_2": "størst spredning",
  "team.lavest_snitt_2": "lavest snitt",
  "team.faerre_enn_svar": "færre enn {MIN_TEAM_RESPONSES} svar",
  "toolbox.nettleseren_lar_ikke_boka_lagre": "Nettleseren lar ikke boka lagre svar, så lista kan ikke vise hvor langt du har kommet.",
  "toolbox.hvor_langt_du_har_kommet": "Hvor langt du har kommet, leses fra svarene som er lagret i denne nettleseren. Ingenting sendes noe sted.",
  "toolbox.alle_ovelsene_i_boka": "Alle øvelsene i boka",
  "toolbox.star_ikke_i_boka_enna": "Står ikke i boka ennå",
  "toolbox.star_i": "Står i ",
  "workbook.skriv_ut_alle": "Skriv ut alle",
  "workbook.importer_alle": "Importer alle",
  "workbook.eksporter_alle": "Eksporter alle",
  "workbook.alle_svar": "Alle svar",
  "workbook.oversikten_leser_bare_svar_som": "Oversikten leser bare svar som er lagret i denne nettleseren. Ingenting sendes noe sted.",
  "workbook.mine_svar": "Mine svar",
  "workbook.nettleseren_lar_ikke_boka_lagre": "Nettleseren lar ikke boka lagre svar, så det er ingen lagrede svar å vise.",
  "workbook.sist_lagret": " · sist lagret {savedAt}",
  "workbook.skrevet_ut_svarene_er_lagret": "Skrevet ut {today}. Svarene er lagret i denne nettleseren.",
  "workbook.mine_svar_fra_metodeveilederhandboka": "Mine svar fra Metodeveilederhåndboka",
  "workbook.det_er_ingen_svar_a": "Det er ingen svar å skrive ut ennå.",
  "workbook.filen_er_storre_enn_5": "Filen er større enn 5 MB og kan ikke være en arbeidsbok fra boka. Ingenting er endret.",
  "workbook.svarene_til_ovelser_er_importert": "Svarene til {n} øvelser er importert fra «{name}»{also}.",
  "workbook.nettleseren_lot_ikke_boka_lagre": "Nettleseren lot ikke boka lagre svarene (lagring er blokkert eller full). Ingenting er endret.",
  "workbook.ingenting_er_endret": "{message} Ingenting er endret.",
  "workbook.svarene_fra_ovelser_er_lastet": "Svarene fra {n} øvelser er lastet ned i én fil.",
  "workbook.det_er_ingen_svar_a_2": "Det er ingen svar å eksportere ennå.",
  "workbook.det_var_ingen_lagrede_svar": "Det var ingen lagrede svar å slette.",
  "workbook.alle_svarene_dine_i_denne": "Alle svarene dine i denne nettleseren er slettet.",
  "workbook.vil_du_slette_alle_svar": "Vil du slette alle svar og målinger fra alle øvelsene i boka i denne nettleseren? Det kan ikke angres. Eksporter først hvis du vil ta vare på dem.",
  "workbook.bekreft_sletting": "Bekreft sletting",
  "workbook.ja_slett_alt": "Ja, slett alt",
  "workbook.slett_alle_svarene_mine": "Slett alle svarene mine",
  "workbook.du_har_ingen_lagrede_svar": "Du har ingen lagrede svar i denne nettleseren ennå. Svarene dine dukker opp her når du har gjort en øvelse.",
  "workbook.ovelser_med_lagrede_svar": "Øvelser med lagrede svar",
  "workbook.handlinger": "Handlinger",
  "workbook.finnes_pa": "Finnes på",
  "workbook.sist_lagret_2": "Sist lagret",
  "workbook.framdrift": "Framdrift",
  "workbook.ovelse": "Øvelse",
  "workbook.ovelser_med_lagrede_svar_i": "Øvelser med lagrede svar i denne nettleseren",
  "workbook.eksporter": "Eksporter",
  "workbook.eksporter_svarene_i": "Eksporter svarene i «{title}»",
  "workbook.slett_svarene_i": "Slett svarene i «{title}»",
  "workbook.vil_du_slette_svarene_i": "Vil du slette svarene i «{title}» i denne nettleseren?{also} Det kan ikke angres.",
  "workbook.bekreft_sletting_av": "Bekreft sletting av «{title}»",
  "workbook.ja_slett_svarene": "Ja, slett svarene",
  "workbook.slett": "Slett",
  "workbook.malingene_slettes_ogsa": " Målingene ({measurementCount}) slettes også.",
  "workbook.svarene_fra_er_slettet_i": "Svarene fra «{title}» er slettet i denne nettleseren.",
  "workbook.nettleseren_lot_ikke_boka_slette": "Nettleseren lot ikke boka slette svarene. Ingenting er endret.",
  "workbook.svarene_fra_er_lastet_ned": "Svarene fra «{title}» er lastet ned. Filen kan importeres igjen på siden der øvelsen står.",
  "workbook.det_er_ingen_svar_a_3": "Det er ingen svar å eksportere fra «{title}».",
  "workbook.malinger": "{n} målinger",
  "workbook.1_maling": "1 måling",
  "workbook.du_har_apnet_boka_fra": "Du har åpnet boka fra en fil på maskinen. Noen nettlesere (som Firefox) lagrer da svar for hver side for seg, så denne oversikten ser bare svar fra denne siden. Eksporter svarene fra hver øvelse, eller herfra, for å være sikker på å ta vare på dem.",
  "quiz.ditt_svar_2": "Ditt svar: {x}",
  "rating.vurdering": "Vurdering: {x}",
  "frame.vil_du_slette_alle_svarene": "Vil du slette alle svarene i denne øvelsen? Det kan ikke angres. Eksporter først hvis du vil ta vare på dem.{x}",
  "frame.er_med": " {x} er med.",
  "frame.og_blir_erstattet_av_filens": ", og {x} blir erstattet av filens utgave. ",
  "notices.svarene_i_denne_ovelsen_er": "Svarene i denne øvelsen er slettet i en annen fane eller på en annen side, så de er fjernet her også.{x}",
  "scale_item.svar": "Svar: {x}",
  "common.du_er_ferdig_med_av": "Du er ferdig med {done} av {all} øvelser{x}",
  "overview.din_fremdrift_ferdig_med_av": "Din fremdrift: ferdig med {done} av {all} øvelser{x}",
  "team.har_noyaktig_de_samme_svarene": "{join} har nøyaktig de samme svarene, men ulik svar-id. Det kan være kopier av én fil, og da ville én person telle flere ganger. {x}",
  "team.lagt_til_3": "{count} lagt til.{x}",
  "team.snittet_er_poeng_per_vurdering": "Snittet er poeng per vurdering: {given}.{x} Bare mål som minst {MIN_TEAM_RESPONSES} har vurdert i runden, er med.",
  "team.har_gruppen_vises_forst_nar": "{label} har {x}. Gruppen vises først når minst {MIN_TEAM_RESPONSES} har svart, så ingen kan kjennes igjen.",
  "team.har_og_er_ikke_med": "{count} har {fewer} og er ikke med i tallene for tema og totalt, så ingen kan regne seg fram til dem.",
  "team.bildet_viser_snittet_per_utsagn": "Bildet viser snittet per utsagn (prikken) og spredningen rundt det (feltet): jo bredere felt, jo mer spriker svarene. Tabellen viser i tillegg hvor mange som valgte hvert punkt på skalaen, slik svarene ble gitt. Spredning er standardavviket. {x}",
  "frame.filen_har_de_legges_til": "Filen har {x}; de legges til dine{x2}",
  "team.count_utsagn": {
    one: "{n} utsagn",
    other: "{n} utsagn"
  },
  "team.count_pastand": {
    one: "{n} påstand",
    other: "{n} påstander"
  },
  "team.count_sporsmal": {
    one: "{n} spørsmål",
    other: "{n} spørsmål"
  },
  "team.count_mal": {
    one: "{n} mål",
    other: "{n} mål"
  },
  "team.count_person": {
    one: "{n} person",
    other: "{n} personer"
  },
  "team.count_besvarelse": {
    one: "{n} besvarelse",
    other: "{n} besvarelser"
  },
  "team.count_fil": {
    one: "{n} fil",
    other: "{n} filer"
  },
  "measure.label_missing": "Gi målingen et navn, for eksempel «Kursstart».",
  "measure.label_too_long": "Navnet på målingen kan ha høyst {max} tegn.",
  "measure.date_invalid": "Datoen må være en gyldig dato skrevet som ÅÅÅÅ-MM-DD, for eksempel 2026-12-02.",
  "measurements.months": "januar februar mars april mai juni juli august september oktober november desember",
  "exchange.til": " til «{title}»",
  "measure.snitt": "{head}; snitt: {join}",
  "likert.av": "{answered} av {items}",
  "quiz.av_riktige_besvart": "{correct} av {units} riktige ({answered} besvart)",
  "rating.av_vurdert": "{x}{rated} av {n} vurdert",
  "measurements.dimensjoner": "dimensjoner",
  "measurements.snittpoeng_fra_0_til": "snittpoeng, fra 0 ({worst}) til {max} ({best})",
  "overview.og": " og ",
  "overview.av_ferdig": "{done} av {all} ferdig{x}",
  "paper.riktig_2": " (riktig)",
  "paper.snitt": "{get} (snitt {m})",
  "team.og": " og ",
  "team.lest": "«{name}»: lest.{empty}",
  "team.bare": "bare «{join}»",
  "team.tema_2": "tema",
  "team.dimensjon_2": "dimensjon",
  "team.pluss_minus": "{formatMean} pluss/minus {formatMean2}",
  "toolbox.av_ferdig": " – {done} av {n} ferdig",
  "toolbox.og": " og ",
  "workbook.med": ", med {measurementCount}",
  "notices.parts": {
    one: "del",
    other: "deler"
  },
  "html.fallback_note": "Denne øvelsen er interaktiv når JavaScript er slått på. Her er innholdet som en liste du kan lese eller skrive ut.",
  "html.what_do_you_do": "Hva gjør du?",
  "html.view.workbook": "Mine svar",
  "html.view.team": "Teamoversikt",
  "html.view.toolbox": "Verktøykasse",
  "html.view.overview": "Hvor langt du har kommet",
  "html.view.progress": "Din fremdrift",
  "html.toolbox.selvvurderinger": "Selvvurderinger",
  "html.toolbox.maler": "Maler",
  "html.toolbox.dilemmaer": "Dilemmaer",
  "html.toolbox.quizer": "Quizer",
  "html.toolbox.refleksjoner": "Refleksjonsspørsmål",
  "html.toolbox.evalueringer": "Evaluering",
  "html.toolbox_fallback": "Uten JavaScript viser ikke lista hvor langt du har kommet. Her er alle øvelsene i boka, med lenke til der de står:",
  "html.overview_fallback": "Uten JavaScript kan ikke oversikten vise hvor langt du har kommet. Her er alle øvelsene i boka, del for del, med lenke til der de står:",
  "html.view_needs_js": "{title} trenger JavaScript. Øvelsene det gjelder:",
  "html.and": " og ",
  "html.not_in_book": "står ikke i boka ennå",
  "html.form_note": "Øvelse – fyll ut for hånd",
  "html.view_note.workbook": "I nettutgaven samler denne siden svarene dine fra øvelsene. I kursheftet fyller du ut skjemaene der de står. Øvelsene det gjelder:",
  "html.view_note.team": "I nettutgaven setter denne siden sammen svarene fra teamet. På papir kan dere legge skjemaene ved siden av hverandre. Øvelsene det gjelder:",
  "html.view_note.toolbox": "I nettutgaven viser denne lista også hvor langt du har kommet med hver øvelse. Alle øvelsene i boka:",
  "html.view_note_other": "{title}: øvelsene det gjelder:",
  "html.note": "Notat:",
  "html.plan_area": "Forbedringsområde {n}",
  "html.plan_theme": "Tema:",
  "html.plan_what": "Hva skal gjøres?",
  "html.plan_who": "Hvem gjør det?",
  "html.plan_by": "Innen:",
  "html.plan": "Handlingsplan",
  "html.why": "Hvorfor velger du dette?",
  "html.scenario_more": "Hva som skjer etter valget, og de neste valgene, finner du i nettutgaven av boka."
};

// widgets/i18n/nn.json
var nn_default = {
  "exchange.svarene_til_har_feil_format": "Svara til «{title}» har feil format: {err}.",
  "exchange.oppforing_i_filen": "Oppføring {x} i fila («{title}») {wrong}",
  "exchange.filen_har_svar_til_en": "Fila har svar til ei øving boka ikkje kjenner («{echo}»).",
  "exchange.oppforing_i_filen_har_feil": "Oppføring {x} i fila har feil format.",
  "exchange.filen": "Fila {top}",
  "exchange.filen_har_for_mange_nivaer": "Fila har for mange nivå inni kvarandre og kan ikkje vere ei arbeidsbok frå boka.",
  "exchange.filen_ser_ikke_ut_som": "Fila ser ikkje ut som ei arbeidsbok frå Metodeveilederhåndboka.",
  "exchange.dette_er_en_eksport_fra": "Dette er ein eksport frå éi øving. Importer han på sida der øvinga står.",
  "exchange.filen_er_ikke_en_gyldig": "Fila er ikkje ei gyldig JSON-fil.",
  "exchange.filen_har_svar_i_feil": "Fila har svar i feil format: {err}.",
  "exchange.filen_2": "Fila {wrong}",
  "exchange.filen_er_fra_ikke_fra": "Fila er frå {other}, ikkje frå «{title}». Vel ei fil du har eksportert frå «{title2}».",
  "exchange.en_annen_ovelse": "ei anna øving",
  "exchange.ovelsen": "øvinga «{echo}»",
  "exchange.filen_har_for_mange_nivaer_2": "Fila har for mange nivå inni kvarandre og kan ikkje vere ein eksport frå boka.",
  "exchange.filen_ser_ikke_ut_som_2": "Fila ser ikkje ut som ein eksport frå Metodeveilederhåndboka.",
  "exchange.dette_er_en_fil_fra": "Dette er ei fil frå «Svara mine» med svar frå fleire øvingar. Importer ho på sida «Svara mine» i boka (knappen «Importer alle»).",
  "exchange.filen_er_ikke_en_gyldig_2": "Fila er ikkje ei gyldig JSON-fil. Vel ei fil du har eksportert frå denne øvinga.",
  "exchange.dette_er_en_csv_fil": "Dette er ei CSV-fil, som er for rekneark. Importer JSON-fila du eksporterte frå denne øvinga.",
  "exchange.ble_ikke_importert": "«{echo}» vart ikkje importert. {text}",
  "exchange.har_feltet_som_skal": "har feltet «{name}», som skal {WANTED}.",
  "exchange.mangler_feltet": "manglar feltet «{missing}».",
  "exchange.har_feltet_som_denne_versjonen": "har feltet «{echo}», som denne versjonen av boka ikkje kjenner. Ho er kanskje laga med ein nyare versjon av boka.",
  "exchange.svarene_i_maling_har_feil": "Svara i måling {x}{where} («{echo}») har feil format: {err}.",
  "exchange.har_samme_id_som_en": "{which} har same id som ei måling før ho.",
  "exchange.har_feil_format": "{which} har feil format.",
  "exchange.maling_i_filen": "Måling {x}{where} i fila",
  "exchange.filen_har_malinger_til_som": "Fila har målingar til «{title}», som ikkje har målingar.",
  "exchange.vaere_en_dato_skrevet_som": "vere ein dato skriven som ÅÅÅÅ-MM-DD",
  "exchange.vaere_et_navn_pa_1": "vere eit namn på 1 til {MAX_LABEL} teikn",
  "exchange.vaere_en_malings_id_16": "vere ein målings-id (16 teikn, 0–9 og a–f)",
  "exchange.vaere_en_liste_med_hoyst": "vere ei liste med høgst {MAX_MEASUREMENTS} målingar",
  "exchange.vaere_en_liste": "vere ei liste",
  "exchange.vaere_et_objekt_med_svar": "vere eit objekt med svar",
  "exchange.vaere_en_svar_id_bokstaver": "vere ein svar-id (bokstavar og tal, høgst 64 teikn)",
  "exchange.vaere_et_helt_tall_fra": "vere eit heilt tal frå 1 og oppover",
  "exchange.vaere_tekst": "vere tekst",
  "measure.snitt_i_av_dimensjoner": "{head}; snitt i {n} av {n2} dimensjonar",
  "measure.av_utsagn_besvart": "{answered} av {items} utsegner svara på",
  "measure.av_mal_vurdert": "{answered} av {items} mål vurderte",
  "teach.tilbakemeldingen_kommer_nar_du_har": "Tilbakemeldinga kjem når du har svart på minst {need} av {items} utsegner ({more} til), så ho ikkje byggjer på for lite.",
  "teach.ut_fra_av_utsagn": "Ut frå {answered} av {items} utsegner: ",
  "evaluation.du_har_svart_pa_av": "Du har svart på {rated} av {statements} påstandar og {answered} av {questions} spørsmål.",
  "evaluation.skalaen_gar_fra_til": "Skalaen går frå «{x}» til «{x2}».",
  "evaluation.av_pastander_og_av_sporsmal": "{rated} av {statements} påstandar og {answered} av {questions} spørsmål svara på",
  "likert.tilbakemelding": "Tilbakemelding",
  "likert.snitt": "Snitt",
  "likert.besvart": "Svara på",
  "likert.dimensjon": "Dimensjon",
  "likert.snitt_og_tilbakemelding_per_dimensjon": "Snitt og tilbakemelding per dimensjon",
  "likert.snitt_per_dimensjon_pa_en": "Snitt per dimensjon på ein skala frå {min} til {max}: {means}. Tala står òg i tabellen.",
  "likert.du_har_svart_pa_av": "Du har svart på {answered} av {items} utsegner.",
  "likert.din_profil": "Profilen din",
  "likert.oppsummering": "Oppsummering",
  "likert.svar_ut_fra_hvordan_det": "Svar ut frå korleis det er no, ikkje korleis du ønskjer at det skal vere. Skalaen går frå «{x}» til «{x2}».",
  "likert.av_utsagn_besvart": "{answered} av {items} utsegner svara på",
  "quiz.poeng_av_besvart_av": "Poeng: {correct} av {units}. Svara på: {answered} av {units2}.",
  "quiz.prov_igjen": "Prøv igjen",
  "quiz.vis_forklaring": "Vis forklaring",
  "quiz.skjul_forklaring": "Skjul forklaring",
  "quiz.av_riktige": "{correct} av {units} rette.",
  "quiz.ikke_besvart": "ikkje svara på",
  "quiz.ikke_helt_riktig_er": "Ikkje heilt – rett er «{x}». ",
  "quiz.riktig": "Rett. ",
  "quiz.velg": "Vel …",
  "quiz.prov_et_annet_svar_eller": "Prøv eit anna svar, eller les forklaringa.",
  "quiz.du_har_svart_riktig": "Du har svart rett.",
  "quiz.ikke_helt": "Ikkje heilt. ",
  "quiz.trykk_mellomrom_eller_enter_for": "Trykk mellomrom eller Enter for å velje dette svaret.",
  "rating_plan.innen": "Innan",
  "rating_plan.hvem_gjor_det": "Kven gjer det?",
  "rating_plan.hva_skal_gjores": "Kva skal gjerast?",
  "rating_plan.ikke_valgt": "ikkje valt",
  "rating_plan.tema": "Tema",
  "rating_plan.handlingsplan": "Handlingsplan",
  "rating_plan.forbedringsomrade": "Forbetringsområde {x}",
  "rating_plan.velg_tema": "Vel tema",
  "rating.totalt": "Totalt",
  "rating.del_eller_tema": "Del eller tema",
  "rating.antall_mal_per_farge_per": "Talet på mål per farge, per del og per tema",
  "rating.stolpediagram_over_vurderingene_per_del": "Stolpediagram over vurderingane per del og tema. {counts}. Tala står òg i tabellen under.",
  "rating.ikke_vurdert": "Ikkje vurdert",
  "rating.totalt_ikke_vurdert": "Totalt: {counts}, ikkje vurdert: {x}.",
  "rating.du_har_vurdert_av_mal": "Du har vurdert {answered} av {items} mål.",
  "rating.notat": "Notat: {v}",
  "rating.ikke_vurdert_2": "Ikkje vurdert: {join}.",
  "rating.ingen_av_de_malene_er": "Ingen av dei {n} måla er vurderte.",
  "rating.ikke_vurdert_3": "ikkje vurdert",
  "rating.vurder_hvert_mal_for_teamet": "Vurder kvart mål for teamet eller kontoret ditt. Fargane tyder:",
  "rating.lukk_alle_temaer": "Lukk alle tema",
  "rating.apne_alle_temaer": "Opne alle tema",
  "rating.alle_malene_er_vurdert": "Alle måla er vurderte.",
  "rating.ga_til": "Gå til",
  "rating.ga_til_oppsummeringen": "Gå til oppsummeringa",
  "rating.neste_ubesvarte_mal": "Neste mål utan svar",
  "rating.oppsummering": "Oppsummering",
  "rating.notat_til_mal_valgfritt": "Notat til mål {id} (valfritt)",
  "rating.notat_til": "Notat til {id}",
  "rating.av_mal_vurdert": "{answered} av {items} mål vurderte",
  "reflection.du_har_svart_pa_av": "Du har svart på {answered} av {prompts} spørsmål.",
  "reflection.ikke_besvart": "(ikkje svara på)",
  "reflection.av_sporsmal_besvart": "{answered} av {prompts} spørsmål svara på",
  "scenario.start_pa_nytt": "Start på nytt",
  "scenario.tilbake": "Tilbake",
  "scenario.du_har_funnet_alle_de": " Du har funne alle dei {total} utfalla.",
  "scenario.du_har_funnet_av_utfall": " Du har funne {n} av {total} utfall. Start på nytt og prøv andre val for å sjå fleire.",
  "scenario.situasjon": "Situasjon {n}",
  "scenario.ditt_valg": "Valet ditt: ",
  "scenario.valgene_dine_sa_langt": "Vala dine så langt",
  "scenario.ikke_startet": "ikkje starta",
  "scenario.valg_tatt": "{steps} val tekne",
  "scenario.fullfort": "fullført: «{endingTitle}»{found}",
  "scenario.slutt": "Slutt: {endingTitle} ({toLowerCase})",
  "scenario.av_utfall_funnet": "{n} av {total} utfall funne",
  "scenario.et_svakt_utfall": "Eit svakt utfall",
  "scenario.et_blandet_utfall": "Eit blanda utfall",
  "scenario.et_godt_utfall": "Eit godt utfall",
  "status.ferdig": "Ferdig",
  "status.pabegynt": "Påbyrja",
  "status.ikke_startet": "Ikkje starta",
  "template.du_har_fylt_ut_av": "Du har fylt ut {filled} av {fields} felt.",
  "template.velg": "Vel …",
  "template.av_felt_fylt_ut": "{filled} av {fields} felt fylte ut",
  "controls.avbryt": "Avbryt",
  "controls.filen_kunne_ikke_leses_ingenting": "Fila kunne ikkje lesast. Ingenting er endra.",
  "controls.filen_er_tom_ingenting_er": "Fila er tom. Ingenting er endra.",
  "dom.les_mer_i_kapitlet": "Les meir i kapittelet «{title}»",
  "dom.ikke_skriv_noe_som_kan": "Ikkje skriv noko som kan identifisere ein deltakar, ein arbeidsgivar eller ein kollega.",
  "frame.kilde": "Kjelde: {source}",
  "frame.skriv_ut": "Skriv ut",
  "frame.eksporter_csv": "Eksporter (CSV)",
  "frame.eksporter_json": "Eksporter (JSON)",
  "frame.lagre_dele_og_skrive_ut": "Lagre, dele og skrive ut",
  "frame.alle_svarene_i_denne_ovelsen": "Alle svara i denne øvinga er sletta.",
  "frame.malingene_dine_blir_liggende": " Målingane dine blir liggjande.",
  "frame.bekreft_nullstilling": "Stadfest nullstilling",
  "frame.ja_slett_svarene": "Ja, slett svara",
  "frame.nullstill": "Nullstill",
  "frame.bekreft_import": "Stadfest import",
  "frame.ja_importer_og_erstatt": "Ja, importer og erstatt",
  "frame.importer_fra_fil": "Importer frå fil",
  "frame.filen_er_storre_enn_1": "Fila er større enn 1 MB og kan ikkje vere ein eksport frå denne øvinga. Ingenting er endra.",
  "frame.ingenting_er_endret": "{message} Ingenting er endra.",
  "frame.svarene_er_importert_fra": "Svara er importerte frå «{name}».{count}{other}",
  "frame.malinger": "{n} målingar",
  "frame.1_maling": "1 måling",
  "frame.filen_er_fra_versjon_av": " Fila er frå versjon {version} av øvinga; svar på mål som ikkje finst lenger, blir tekne vare på i eksporten.",
  "frame.det_kan_ikke_angres_vil": "{answersPart}{measurePart}Det kan ikkje angrast. Vil du importere?",
  "frame.av_malingene_dine": "{replacedMeasurements} av målingane dine",
  "frame.1_av_malingene_dine": "1 av målingane dine",
  "frame.filen_har_de_samme_svarene": "Fila «{name}» har dei same svara som du har her no. ",
  "frame.filen_har_andre_svar_enn": "Fila «{name}» har andre svar enn dei du har her no ({progress}). Importerer du ho, blir {what} dine erstatta av svara i fila. ",
  "frame.av_svarene": "{replaced} av svara",
  "frame.1_av_svarene": "1 av svara",
  "frame.svarene_er_lastet_ned_som": "Svara er lasta ned som CSV-fil for rekneark.",
  "frame.svarene_er_lastet_ned_som_2": "Svara er lasta ned som JSON-fil. Ho kan importerast igjen seinare.",
  "frame.sist_lagret": "Sist lagra {savedAt}.",
  "frame.oppdatert_kl": "Oppdatert kl. {time}.",
  "frame.lagret_i_nettleseren_kl": "Lagra i nettlesaren kl. {time}.",
  "frame.svarene_er_ikke_lagret_eksporter": "Svara er ikkje lagra. Eksporter dei før du lukkar sida.",
  "frame.ukjent_ovelsestype": "Ukjend øvingstype: {kind}",
  "frame.les_mer_om_personvern": "Les meir om personvern",
  "frame.svarene_ligger_i_denne_notatboken": "Svara ligg i denne notatboka og kan lesast frå Python. Dei blir ikkje sende nokon stad.",
  "frame.svarene_lagres_bare_i_denne": "Svara blir berre lagra i denne nettlesaren.",
  "frame.svarene_lagres_bare_i_denne_2": "Svara blir berre lagra i denne nettlesaren og blir ikkje sende nokon stad. Vil du ta vare på dei eller flytte dei, eksporterer du dei til ei fil.",
  "measurements.noen_lagrede_malinger_kunne_ikke": "Nokre lagra målingar kunne ikkje lesast, og nettlesaren har ikkje plass til ein kopi. Nye målingar blir ikkje lagra over dei: eksporter svara for å ta vare på dei.",
  "measurements.noen_lagrede_malinger_kunne_ikke_2": "Nokre lagra målingar kunne ikkje lesast. Ein kopi av det som var lagra, er teken vare på i nettlesaren.",
  "measurements.en_maling_er_en_datert": "Ei måling er ein datert kopi av svara dine. Lagre ei no, svar igjen seinare (til dømes etter eit halvt år), og sjå kva som har endra seg.",
  "measurements.malinger": "Målingar",
  "measurements.etter": "Etter",
  "measurements.for": "Før",
  "measurements.velg_hva_du_vil_sammenligne": "Vel kva du vil samanlikne",
  "measurements.sammenlign": "Samanlikn",
  "measurements.velg_to_ulike_a_sammenligne": "Vel to ulike å samanlikne.",
  "measurements.svarene_na": "Svara no",
  "measurements.fra_versjon_av_ovelsen": " · frå versjon {version} av øvinga",
  "measurements.slett": "Slett",
  "measurements.slett_malingen": "Slett målinga «{label}»",
  "measurements.gi_nytt_navn": "Gi nytt namn",
  "measurements.gi_nytt_navn_til": "Gi nytt namn til «{label}»",
  "measurements.avbryt": "Avbryt",
  "measurements.lagre_navnet": "Lagre namnet",
  "measurements.nytt_navn": "Nytt namn",
  "measurements.malingen_heter_na": "Målinga heiter no «{label}».",
  "measurements.navnet_kan_ikke_vaere_tomt": "Namnet kan ikkje vere tomt.",
  "measurements.malingen_er_slettet": "Målinga «{label}» er sletta.",
  "measurements.vil_du_slette_malingen_det": "Vil du slette målinga «{label}» ({norwegianDate})? Det kan ikkje angrast.",
  "measurements.bekreft_sletting_av_maling": "Stadfest sletting av måling",
  "measurements.ja_slett_malingen": "Ja, slett målinga",
  "measurements.du_har_ingen_malinger_enna": "Du har ingen målingar enno. Lagre ei når du har svart, så kan du samanlikne seinare.",
  "measurements.dato": "Dato",
  "measurements.navn_pa_malingen": "Namn på målinga",
  "measurements.ny_maling": "Ny måling",
  "measurements.lagre_som_maling": "Lagre som måling",
  "measurements.malingen_er_lagret_svarene_dine": "Målinga «{label}» er lagra. Svara dine er der framleis, og du kan endre dei.",
  "measurements.det_er_ingen_svar_a": "Det er ingen svar å lagre som måling enno.",
  "measurements.skriv_en_dato_for_malingen": "Skriv ein dato for målinga.",
  "measurements.maling": "Måling {dateInWords}",
  "measurements.nettleseren_lot_ikke_boka_lagre": "Nettlesaren lét ikkje boka lagre målinga. Ho er med når du eksporterer (Eksporter (JSON)).",
  "measurements.nettleseren_har_ikke_mer_plass": "Nettlesaren har ikkje meir plass, så målinga er ikkje lagra her. Ho er med når du eksporterer (Eksporter (JSON)): gjer det før du lukkar sida.",
  "measurements.for_og_etter_per": "Før og etter per {toLowerCase}",
  "measurements.svar_er_uendret": "{same} svar er uendra.",
  "measurements.alle_svarene_er_like_i": "Alle svara er like i dei to.",
  "measurements.ingen_av_de_to_har": "Ingen av dei to har svar å samanlikne.",
  "measurements.disse_svarene_er_fra_en": "Desse svara er frå ein eldre versjon av øvinga og finst ikkje i den nye.",
  "measurements.kunne_ikke_sammenlignes": "Kunne ikkje samanliknast ({n})",
  "measurements.besvart_for_men_ikke_na": "Svara på før, men ikkje no.",
  "measurements.ikke_besvart_na": "Ikkje svara på no",
  "measurements.besvart_na_men_ikke_for": "Svara på no, men ikkje før.",
  "measurements.nye_svar": "Nye svar",
  "measurements.darligere_2": "Dårlegare",
  "measurements.bedre": "Betre",
  "measurements.noen_av_utsagnene_er_snudd": "Nokre av utsegnene er snudde: der tyder meir einig eit dårlegare resultat.",
  "measurements.uten_svar_i_noen_av": "{left} {x} utan svar i nokon av dei to er ikkje med.",
  "measurements.besvart_etter": "Svara på etter",
  "measurements.besvart_for": "Svara på før",
  "measurements.endring": "Endring",
  "measurements.for_etter_tallene_er": "Før: «{name}». Etter: «{name2}». Tala er {unit}.",
  "measurements.etter_2": "Etter: {name}",
  "measurements.for_2": "Før: {name}",
  "measurements.for_og_etter_per_og": "Før og etter per {toLowerCase}: «{name}» og «{name2}» ({unit})",
  "measurements.snitt_pa_skalaen": "snitt på skalaen {min}–{max}",
  "measurements.tema": "Tema",
  "measurements.dimensjon": "Dimensjon",
  "measurements.darligst": "dårlegast",
  "notices.ovelsen_er_oppdatert_siden_du": "Øvinga er oppdatert sidan du svarte (versjon {migratedFrom} → {version}). Svara dine er tekne med over. Svar på spørsmål som er fjerna, ligg framleis i eksporten.",
  "notices.last_ned_det_som_var": "Last ned det som var lagra",
  "notices.nettleseren_har_ikke_plass_til": "Nettlesaren har ikkje plass til ein tryggingskopi. Last ned det som var lagra: først då blir nye svar lagra over det.",
  "notices.det_som_var_lagret_er": "Det som var lagra, er teke vare på i ein tryggingskopi i nettlesaren.",
  "notices.det_som_var_lagret_for": "Det som var lagra for denne øvinga, kunne ikkje lesast, så øvinga startar tom. ",
  "notices.noe_av_det_som_var": "Noko av det som var lagra for denne øvinga, var skadd og kunne ikkje brukast ({dropped} {parts}). Resten er henta inn. ",
  "notices.det_du_skrev_na_er": " Det du skreiv no, er ikkje lagra: skriv det gjerne på nytt.",
  "notices.svarene_lagres_i_nettleseren_igjen": "Svara blir lagra i nettlesaren igjen.",
  "notices.ikke_lagret_enna_last_forst": "Ikkje lagra enno: last først ned det som var lagra (knappen øvst i øvinga), så blir svara lagra igjen.",
  "notices.ikke_lagret_nettleseren_lar_ikke": "Ikkje lagra: nettlesaren lèt ikkje sida lagre svar. Det du skriv, finst berre på denne sida til du eksporterer det (knappane under øvinga).",
  "notices.ikke_lagret_nettleseren_har_ikke": "Ikkje lagra: nettlesaren har ikkje meir plass. Det du skriv, finst berre på denne sida til du eksporterer det (knappane under øvinga).",
  "notices.nettleseren_lar_ikke_denne_siden": "Nettlesaren lèt ikkje denne sida lagre svar (lagring er slått av eller blokkert). Øvinga verkar likevel, men svara forsvinn når du lukkar sida. Eksporter dei til ei fil for å ta vare på dei.",
  "notices.nettleseren_har_ikke_mer_plass": "Nettlesaren har ikkje meir plass til å lagre svar. Det du skriv no, blir berre liggjande på denne sida. Eksporter svara til ei fil for å ta vare på dei.",
  "notices.svarene_dine_lagres_ikke_enna": "Svara dine blir ikkje lagra enno: last først ned det som var lagra (knappen over), så det ikkje går tapt.",
  "scale_item.ikke_besvart": "ikkje svara på",
  "common.og_har_begynt_pa": " og har byrja på {started}.",
  "index.ukjent_visning": "Ukjend vising: {role}",
  "overview.mine_svar": "Svara mine",
  "overview.apne_en_del_for_a": "Opne ein del for å sjå øvingane i han, med lenkje til der dei står. Ei øving som står fleire stader i boka, er med i kvar del ho står i.",
  "overview.nettleseren_lar_ikke_boka_lagre": "Nettlesaren lèt ikkje boka lagre svar, så oversikta kan ikkje vise kor langt du har kome.",
  "overview.oversikten_leses_fra_svarene_som": "Oversikta blir lesen frå svara som er lagra i denne nettlesaren. Ingenting blir sendt nokon stad.",
  "overview.hvor_langt_du_har_kommet": "Kor langt du har kome",
  "overview.du_har_ingen_malinger_enna": "Du har ingen målingar enno. Ei måling er ein datert kopi av svara dine i ei sjølvvurdering, så du seinare kan sjå kva som har endra seg. Du lagrar ho under «Målingar» i sjølvvurderinga{x}",
  "overview.malingene_dine": "Målingane dine",
  "overview.star_ikke_i_boka_enna": "Står ikkje i boka enno",
  "overview.pabegynt": ", {started} påbyrja",
  "paper.malinger": "Målingar ({n})",
  "paper.maling": "Måling",
  "paper.svar": "Svar",
  "paper.ditt_valg": "Valet ditt",
  "paper.riktig_svar_2": "Rett svar",
  "paper.ditt_svar_2": "Svaret ditt",
  "paper.ikke_riktig": " (ikkje rett)",
  "paper.ikke_valgt": "ikkje valt",
  "paper.innen": "Innan",
  "paper.hvem": "Kven",
  "paper.tiltak": "Tiltak",
  "paper.tema": "Tema",
  "paper.handlingsplan": "Handlingsplan",
  "paper.ikke_vurdert_av_mal": "Ikkje vurdert ({left} av {n} mål): {runs}.",
  "paper.notat": "Notat",
  "paper.ikke_vurdert": "ikkje vurdert",
  "paper.vurdering": "Vurdering",
  "team.hvilken_ovelse_gjelder_det": "Kva øving gjeld det?",
  "team.teamoversikt": "Teamoversikt",
  "team.tom_oversikten": "Tøm oversikta",
  "team.legg_til_filer": "Legg til filer",
  "team.hva_vil_du_se": "Kva vil du sjå?",
  "team.sammenligne_to_runder": "Samanlikne to rundar",
  "team.ett_teamresultat": "Eitt teamresultat",
  "team.tom_begge_gruppene": "Tøm begge gruppene",
  "team.her_kan_du_sammenligne_to": "Her kan du samanlikne to rundar av same øving, til dømes før og etter eit halvår. Filene frå kvar runde blir lagde i kvar si gruppe og talde kvar for seg. Ingen svar blir kopla mellom gruppene, så ingen kan følgjast frå den eine runden til den andre.",
  "team.legg_filene_fra_hver_runde": "Legg filene frå kvar runde i si gruppe. Trykk «Vis samanlikning» når alle filene er med. Kvar gruppe blir berre vist når minst {MIN_TEAM_RESPONSES} har svart.",
  "team.begynn_pa_nytt": "Byrj på nytt",
  "team.du_har_allerede_sett_sammenligningen": "Du har allereie sett samanlikninga. Viser du ho igjen no, kan skilnaden i tala avsløre kva dei nye filene svarte. Det tryggaste er å byrje på nytt og leggje inn alle filene samla.",
  "team.besvarelser_lagt_til": "{roundLabel}: {n}, {roundLabel2}: {n2} svarfiler lagde til.",
  "team.noen_filer_har_noyaktig_de": " Nokre filer har nøyaktig dei same svara under ulik svar-id og blir talde som éi.",
  "team.legg_til_filer_i": "Legg til filer i {roundLabel}",
  "team.vis_sammenligning": "Vis samanlikning",
  "team.navn_pa_gruppen": "Namn på gruppa",
  "team.gruppe": "Gruppe {x}",
  "team.hver_ovelse_har_sine_egne": "Kvar øving har sine eigne filer. Vel du ei anna øving, ligg filene du har lagt til, her når du kjem tilbake. «Tøm oversikta» tømmer berre øvinga som er vald.",
  "team.den_som_legger_inn_filene": "Den som legg inn filene, kan opne kvar fil og sjå kva den enkelte svarte. Skal svara vere anonyme òg for den personen, må ein nøytral innsamlar ta imot filene og leggje dei inn. Tala her vernar den enkelte når dei blir viste for teamet: alt som har {fewer}, blir skjult.",
  "team.filene_leses_bare_her_i": "Filene blir berre lesne her i nettlesaren. Ingenting blir lagra eller sendt, og ingen namn blir viste. Lukkar du sida, er oversikta borte.",
  "team.vis_teamresultat": "Vis teamresultat",
  "team.teamresultatet_vises_bare_nar_minst": "Teamresultatet blir berre vist når minst {MIN_TEAM_RESPONSES} svarfiler har svar. No er det {n}. Det vernar den enkelte: med færre kan svara til kvar enkelt lesast ut av tala.",
  "team.legg_til_filene_fra_teamet": "Legg til filene frå teamet. Tala blir viste først når du trykkjer «Vis teamresultat».",
  "team.legg_til_alle_filene_forst": "Legg til alle filene først. Trykk «Vis teamresultat» når alle er med.",
  "team.du_har_allerede_sett_teamresultatet": "Du har allereie sett teamresultatet. Viser du det igjen no, kan skilnaden i tala avsløre kva den eller dei nye filene svarte, og med éi ny fil er det svara til éin person. Det tryggaste er å byrje på nytt og leggje inn alle filene samla før du viser resultatet.",
  "team.jeg_vet_at_dette_er": "Eg veit at dette er ulike personar som har svart likt: tel filene kvar for seg",
  "team.derfor_telles_de_som_n": "Difor blir dei talde som éi svarfil.",
  "team.na_telles_de_hver_for": "No blir dei talde kvar for seg.",
  "team.lagt_til": "{title} ({count} lagde til)",
  "team.uten_svar_telles_ikke": " {count} utan svar blir ikkje talde.",
  "team.lagt_til_2": "«{name}»: lagd til.",
  "team.og_en_eldre_eksport_den": "{same} og ein eldre eksport. Den nyaste eksporten tel, så denne fila blir ikkje talt.",
  "team.og_en_nyere_eksport_den": "{same} og ein nyare eksport. Den nyaste eksporten tel, så den nye fila erstattar den gamle.{empty}",
  "team.den_nye_filen_erstatter_den": "{same}. Den nye fila erstattar den gamle.{empty}",
  "team.samme_svar_id_som_men": "«{name}»: same svar-id som «{name2}», men andre svar",
  "team.den_har_ingen_besvarte_utsagn": " Ho har ingen utsegner med svar og blir ikkje talt.",
  "team.samme_besvarelse_er_lagt_til": "«{name}»: same svarfil er lagd til før. Ho blir berre talt éin gong.",
  "team.filen_mangler_svar_id_og": "«{name}»: fila manglar svar-id og kan ikkje teljast trygt. Be om ein ny eksport.",
  "team.filen_er_storre_enn_1": "«{name}»: fila er større enn 1 MB.",
  "team.filen_er_tom": "«{name}»: fila er tom.",
  "team.filene_du_har_lagt_til": "Filene du har lagt til:",
  "team.runde_2": "Runde 2",
  "team.runde_1": "Runde 1",
  "team.endring_er_snittet_i_den": "Endring er snittet i den andre gruppa minus snittet i den første. Gruppene blir talde kvar for seg: ingen blir følgde frå den eine runden til den andre, og det kan vere andre personar som har svart.",
  "team.tabell_snitt_per_i_hver": "Tabell: snitt per {what} i kvar runde",
  "team.de_samme_tallene_star_i": "Dei same tala står i tabellen under.",
  "team.snitt_per_runde_for_runde": "Snitt per {what}, runde for runde",
  "team.endring": "Endring",
  "team.snitt_per_skala": "Snitt per {what} (skala {min}–{max}): {join}",
  "team.snitt_per_tallene_star_ogsa": "Snitt per {what}, {join}: {join2}. Tala står òg i tabellen under.",
  "team.er_ikke_med_i_snittet": " {join} er ikkje med i snittet.",
  "team.snittet_per_pa_en_skala": "Snittet per {what} på ein skala frå {min} til {max}.",
  "team.pastand": "påstand",
  "team.tema": "Tema",
  "team.pastand_2": "Påstand",
  "team.dimensjon": "Dimensjon",
  "team.ingen_svar_enna": "ingen svar enno",
  "team.svar_fra": "svar frå {count}",
  "team.tabell_vurderinger_per_mal": "Tabell: vurderingar per mål",
  "team.per_mal_alle_mal": "Per mål (alle {goals} mål)",
  "team.tabell_vurderinger_per_tema": "Tabell: vurderingar per tema",
  "team.per_tema": "Per tema",
  "team.mal_2": "Mål",
  "team.antall_vurderinger_per_mal_og": "Talet på vurderingar per mål og farge (n = {n})",
  "team.totalt": "Totalt",
  "team.antall_vurderinger_per_tema_og": "Talet på vurderingar per tema og farge (n = {n})",
  "team.antall_vurderinger_per_tema_og_2": "Talet på vurderingar per tema og farge: {join}. Tala står òg i tabellen under.",
  "team.ikke_vurdert": "Ikkje vurdert",
  "team.har_og_vises_ikke": "{join} har {fewer} og blir ikkje viste.",
  "team.hvert_sporsmal_for_seg_sortert": "Kvart spørsmål for seg, sortert etter teksten og ikkje etter kven som svarte, så svara til éin person ikkje står samla. Eit spørsmål blir vist først når minst {MIN_TEAM_RESPONSES} har skrive noko.",
  "team.de_skrevne_svarene": "Dei skrivne svara",
  "team.tabell_fordeling_snitt_og_spredning": "Tabell: fordeling, snitt og spreiing per påstand",
  "team.bildet_viser_snittet_per_pastand": "Biletet viser snittet per påstand (prikken) og spreiinga rundt det (feltet). Tabellen viser kor mange som valde kvart punkt på skalaen: {scaleWords}. Spreiing er standardavviket.",
  "team.pastandene": "Påstandane",
  "team.spredning": "Spreiing",
  "team.snitt": "Snitt",
  "team.fordeling_snitt_og_spredning_per": "Fordeling, snitt og spreiing per påstand (n = {n})",
  "team.snitt_og_spredning_per_pastand": "Snitt og spreiing per påstand på ein skala frå {min} ({x}) til {max} ({x2}): {join}. Tala står òg i tabellen under.",
  "team.har_og_vises_ikke_de": "{count} har {fewer} og blir ikkje viste. Dei er heller ikkje med i snittet per dimensjon, så ingen kan rekne seg fram til dei.",
  "team.tabell_fordeling_snitt_og_spredning_2": "Tabell: fordeling, snitt og spreiing per utsegn",
  "team.ingen_utsagn_skiller_seg_ut": "Inga utsegn skil seg ut med lågast snitt eller størst spreiing.",
  "team.se_saerlig_pa_disse_utsagnene": "Sjå særleg på desse utsegnene:",
  "team.utsagnene": "Utsegnene",
  "team.tabell_snitt_per_dimensjon": "Tabell: snitt per dimensjon",
  "team.snitt_per_dimensjon": "Snitt per dimensjon",
  "team.storst_spredning": "Størst spreiing: {named}.",
  "team.lavest_snitt": "Lågast snitt: {named}.",
  "team.omvendt_snittet_er_snudd": " (omvend, snittet er snudd)",
  "team.utsagn": "Utsegn",
  "team.fordeling_snitt_og_spredning_per_2": "Fordeling, snitt og spreiing per utsegn (n = {n})",
  "team.snittet_star_i_samme_retning": "Snittet står i same retning som dimensjonen: For omvende utsegner er det snudd ({min} blir rekna som {max}), så eit lågt snitt tyder det same for alle utsegnene.",
  "team.snitt_og_spredning_per_utsagn": "Snitt og spreiing per utsegn, i same retning som dimensjonen (høgt er alltid bra): {join}. Tala står òg i tabellen under.",
  "team.niva": "Nivå",
  "team.svar": "Svar",
  "team.snitt_per_dimensjon_skala_n": "Snitt per dimensjon (skala {min}–{max}, n = {n})",
  "team.teamets_snitt_per_dimensjon_pa": "Snittet til teamet per dimensjon på ein skala frå {min} til {max}: {join}. Tala står òg i tabellen under.",
  "team.storst_spredning_2": "størst spreiing",
  "team.lavest_snitt_2": "lågast snitt",
  "team.faerre_enn_svar": "færre enn {MIN_TEAM_RESPONSES} svar",
  "toolbox.nettleseren_lar_ikke_boka_lagre": "Nettlesaren lèt ikkje boka lagre svar, så lista kan ikkje vise kor langt du har kome.",
  "toolbox.hvor_langt_du_har_kommet": "Kor langt du har kome, blir lese frå svara som er lagra i denne nettlesaren. Ingenting blir sendt nokon stad.",
  "toolbox.alle_ovelsene_i_boka": "Alle øvingane i boka",
  "toolbox.star_ikke_i_boka_enna": "Står ikkje i boka enno",
  "toolbox.star_i": "Står i ",
  "workbook.skriv_ut_alle": "Skriv ut alle",
  "workbook.importer_alle": "Importer alle",
  "workbook.eksporter_alle": "Eksporter alle",
  "workbook.alle_svar": "Alle svar",
  "workbook.oversikten_leser_bare_svar_som": "Oversikta les berre svar som er lagra i denne nettlesaren. Ingenting blir sendt nokon stad.",
  "workbook.mine_svar": "Svara mine",
  "workbook.nettleseren_lar_ikke_boka_lagre": "Nettlesaren lèt ikkje boka lagre svar, så det er ingen lagra svar å vise.",
  "workbook.sist_lagret": " · sist lagra {savedAt}",
  "workbook.skrevet_ut_svarene_er_lagret": "Skrive ut {today}. Svara er lagra i denne nettlesaren.",
  "workbook.mine_svar_fra_metodeveilederhandboka": "Svara mine frå Metodeveilederhåndboka",
  "workbook.det_er_ingen_svar_a": "Det er ingen svar å skrive ut enno.",
  "workbook.filen_er_storre_enn_5": "Fila er større enn 5 MB og kan ikkje vere ei arbeidsbok frå boka. Ingenting er endra.",
  "workbook.svarene_til_ovelser_er_importert": "Svara til {n} øvingar er importerte frå «{name}»{also}.",
  "workbook.nettleseren_lot_ikke_boka_lagre": "Nettlesaren lét ikkje boka lagre svara (lagring er blokkert eller full). Ingenting er endra.",
  "workbook.ingenting_er_endret": "{message} Ingenting er endra.",
  "workbook.svarene_fra_ovelser_er_lastet": "Svara frå {n} øvingar er lasta ned i éi fil.",
  "workbook.det_er_ingen_svar_a_2": "Det er ingen svar å eksportere enno.",
  "workbook.det_var_ingen_lagrede_svar": "Det var ingen lagra svar å slette.",
  "workbook.alle_svarene_dine_i_denne": "Alle svara dine i denne nettlesaren er sletta.",
  "workbook.vil_du_slette_alle_svar": "Vil du slette alle svar og målingar frå alle øvingane i boka i denne nettlesaren? Det kan ikkje angrast. Eksporter først om du vil ta vare på dei.",
  "workbook.bekreft_sletting": "Stadfest sletting",
  "workbook.ja_slett_alt": "Ja, slett alt",
  "workbook.slett_alle_svarene_mine": "Slett alle svara mine",
  "workbook.du_har_ingen_lagrede_svar": "Du har ingen lagra svar i denne nettlesaren enno. Svara dine dukkar opp her når du har gjort ei øving.",
  "workbook.ovelser_med_lagrede_svar": "Øvingar med lagra svar",
  "workbook.handlinger": "Handlingar",
  "workbook.finnes_pa": "Finst på",
  "workbook.sist_lagret_2": "Sist lagra",
  "workbook.framdrift": "Framdrift",
  "workbook.ovelse": "Øving",
  "workbook.ovelser_med_lagrede_svar_i": "Øvingar med lagra svar i denne nettlesaren",
  "workbook.eksporter": "Eksporter",
  "workbook.eksporter_svarene_i": "Eksporter svara i «{title}»",
  "workbook.slett_svarene_i": "Slett svara i «{title}»",
  "workbook.vil_du_slette_svarene_i": "Vil du slette svara i «{title}» i denne nettlesaren?{also} Det kan ikkje angrast.",
  "workbook.bekreft_sletting_av": "Stadfest sletting av «{title}»",
  "workbook.ja_slett_svarene": "Ja, slett svara",
  "workbook.slett": "Slett",
  "workbook.malingene_slettes_ogsa": " Målingane ({measurementCount}) blir òg sletta.",
  "workbook.svarene_fra_er_slettet_i": "Svara frå «{title}» er sletta i denne nettlesaren.",
  "workbook.nettleseren_lot_ikke_boka_slette": "Nettlesaren lét ikkje boka slette svara. Ingenting er endra.",
  "workbook.svarene_fra_er_lastet_ned": "Svara frå «{title}» er lasta ned. Fila kan importerast igjen på sida der øvinga står.",
  "workbook.det_er_ingen_svar_a_3": "Det er ingen svar å eksportere frå «{title}».",
  "workbook.malinger": "{n} målingar",
  "workbook.1_maling": "1 måling",
  "workbook.du_har_apnet_boka_fra": "Du har opna boka frå ei fil på maskina. Nokre nettlesarar (som Firefox) lagrar då svar for kvar side for seg, så denne oversikta ser berre svar frå denne sida. Eksporter svara frå kvar øving, eller herifrå, for å vere sikker på å ta vare på dei.",
  "quiz.ditt_svar_2": "Svaret ditt: {x}",
  "rating.vurdering": "Vurdering: {x}",
  "frame.vil_du_slette_alle_svarene": "Vil du slette alle svara i denne øvinga? Det kan ikkje angrast. Eksporter først om du vil ta vare på dei.{x}",
  "frame.er_med": " {x} er med.",
  "frame.og_blir_erstattet_av_filens": ", og {x} blir erstatta av utgåva i fila. ",
  "notices.svarene_i_denne_ovelsen_er": "Svara i denne øvinga er sletta i ei anna fane eller på ei anna side, så dei er fjerna her òg.{x}",
  "scale_item.svar": "Svar: {x}",
  "common.du_er_ferdig_med_av": "Du er ferdig med {done} av {all} øvingar{x}",
  "overview.din_fremdrift_ferdig_med_av": "Framdrifta di: ferdig med {done} av {all} øvingar{x}",
  "team.har_noyaktig_de_samme_svarene": "{join} har nøyaktig dei same svara, men ulik svar-id. Det kan vere kopiar av éi fil, og då ville éin person telje fleire gonger. {x}",
  "team.lagt_til_3": "{count} lagde til.{x}",
  "team.snittet_er_poeng_per_vurdering": "Snittet er poeng per vurdering: {given}.{x} Berre mål som minst {MIN_TEAM_RESPONSES} har vurdert i runden, er med.",
  "team.har_gruppen_vises_forst_nar": "{label} har {x}. Gruppa blir vist først når minst {MIN_TEAM_RESPONSES} har svart, så ingen kan kjennast att.",
  "team.har_og_er_ikke_med": "{count} har {fewer} og er ikkje med i tala for tema og totalt, så ingen kan rekne seg fram til dei.",
  "team.bildet_viser_snittet_per_utsagn": "Biletet viser snittet per utsegn (prikken) og spreiinga rundt det (feltet): di breiare felt, di meir sprikjer svara. Tabellen viser i tillegg kor mange som valde kvart punkt på skalaen, slik svara vart gitt. Spreiing er standardavviket. {x}",
  "frame.filen_har_de_legges_til": "Fila har {x}; dei blir lagde til dine{x2}",
  "team.count_utsagn": {
    one: "{n} utsegn",
    other: "{n} utsegner"
  },
  "team.count_pastand": {
    one: "{n} påstand",
    other: "{n} påstandar"
  },
  "team.count_sporsmal": {
    one: "{n} spørsmål",
    other: "{n} spørsmål"
  },
  "team.count_mal": {
    one: "{n} mål",
    other: "{n} mål"
  },
  "team.count_person": {
    one: "{n} person",
    other: "{n} personar"
  },
  "team.count_besvarelse": {
    one: "{n} svarfil",
    other: "{n} svarfiler"
  },
  "team.count_fil": {
    one: "{n} fil",
    other: "{n} filer"
  },
  "measure.label_missing": "Gi målinga eit namn, til dømes «Kursstart».",
  "measure.label_too_long": "Namnet på målinga kan ha høgst {max} teikn.",
  "measure.date_invalid": "Datoen må vere ein gyldig dato skriven som ÅÅÅÅ-MM-DD, til dømes 2026-12-02.",
  "measurements.months": "januar februar mars april mai juni juli august september oktober november desember",
  "exchange.til": " til «{title}»",
  "measure.snitt": "{head}; snitt: {join}",
  "likert.av": "{answered} av {items}",
  "quiz.av_riktige_besvart": "{correct} av {units} rette ({answered} svara på)",
  "rating.av_vurdert": "{x}{rated} av {n} vurderte",
  "measurements.dimensjoner": "dimensjonar",
  "measurements.snittpoeng_fra_0_til": "snittpoeng, frå 0 ({worst}) til {max} ({best})",
  "overview.og": " og ",
  "overview.av_ferdig": "{done} av {all} ferdige{x}",
  "paper.riktig_2": " (rett)",
  "paper.snitt": "{get} (snitt {m})",
  "team.og": " og ",
  "team.lest": "«{name}»: lesen.{empty}",
  "team.bare": "berre «{join}»",
  "team.tema_2": "tema",
  "team.dimensjon_2": "dimensjon",
  "team.pluss_minus": "{formatMean} pluss/minus {formatMean2}",
  "toolbox.av_ferdig": " – {done} av {n} ferdige",
  "toolbox.og": " og ",
  "workbook.med": ", med {measurementCount}",
  "notices.parts": {
    one: "del",
    other: "delar"
  },
  "html.fallback_note": "Denne øvinga er interaktiv når JavaScript er slått på. Her er innhaldet som ei liste du kan lese eller skrive ut.",
  "html.what_do_you_do": "Kva gjer du?",
  "html.view.workbook": "Svara mine",
  "html.view.team": "Teamoversikt",
  "html.view.toolbox": "Verktøykasse",
  "html.view.overview": "Kor langt du har kome",
  "html.view.progress": "Framdrifta di",
  "html.toolbox.selvvurderinger": "Sjølvvurderingar",
  "html.toolbox.maler": "Malar",
  "html.toolbox.dilemmaer": "Dilemma",
  "html.toolbox.quizer": "Quizar",
  "html.toolbox.refleksjoner": "Refleksjonsspørsmål",
  "html.toolbox.evalueringer": "Evaluering",
  "html.toolbox_fallback": "Utan JavaScript viser ikkje lista kor langt du har kome. Her er alle øvingane i boka, med lenkje til der dei står:",
  "html.overview_fallback": "Utan JavaScript kan ikkje oversikta vise kor langt du har kome. Her er alle øvingane i boka, del for del, med lenkje til der dei står:",
  "html.view_needs_js": "{title} treng JavaScript. Øvingane det gjeld:",
  "html.and": " og ",
  "html.not_in_book": "står ikkje i boka enno",
  "html.form_note": "Øving – fyll ut for hand",
  "html.view_note.workbook": "I nettutgåva samlar denne sida svara dine frå øvingane. I kursheftet fyller du ut skjemaa der dei står. Øvingane det gjeld:",
  "html.view_note.team": "I nettutgåva set denne sida saman svara frå teamet. På papir kan de leggje skjemaa ved sida av kvarandre. Øvingane det gjeld:",
  "html.view_note.toolbox": "I nettutgåva viser denne lista òg kor langt du har kome med kvar øving. Alle øvingane i boka:",
  "html.view_note_other": "{title}: øvingane det gjeld:",
  "html.note": "Notat:",
  "html.plan_area": "Forbetringsområde {n}",
  "html.plan_theme": "Tema:",
  "html.plan_what": "Kva skal gjerast?",
  "html.plan_who": "Kven gjer det?",
  "html.plan_by": "Innan:",
  "html.plan": "Handlingsplan",
  "html.why": "Kvifor vel du dette?",
  "html.scenario_more": "Kva som skjer etter valet, og dei neste vala, finn du i nettutgåva av boka."
};

// js/core/catalogues.js
var CATALOGUES = { nb: nb_default, nn: nn_default };

// js/core/i18n.js
var languageOf = (tag) => typeof tag === "string" && /^nn(?:$|[-_])/i.test(tag.trim()) ? "nn" : "nb";
var active = typeof document !== "undefined" && document.documentElement ? languageOf(document.documentElement.lang) : "nb";
function setLanguage(tag) {
  active = languageOf(tag);
  return active;
}
var language = () => active;
function followPage() {
  if (typeof document !== "undefined" && document.documentElement) setLanguage(document.documentElement.lang);
  return active;
}
function t(key, params = {}) {
  const entry = CATALOGUES[active][key] ?? CATALOGUES.nb[key];
  if (entry === void 0) return key;
  const text2 = typeof entry === "string" ? entry : params.n === 1 ? entry.one : entry.other;
  return text2.replace(/\{(\w+)\}/g, (whole, name) => Object.hasOwn(params, name) ? String(params[name]) : whole);
}

// js/core/values.js
var UNANSWERED = "ubesvart";
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var asObject = (v) => isObject(v) ? v : {};
var SPACE = "[ \\t\\n\\r\\f\\v\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]+";
var EDGE_SPACE = new RegExp(`^${SPACE}|${SPACE}$`, "g");
var text = (v) => typeof v === "string" ? v.replace(EDGE_SPACE, "") : "";
var wholeNumber = (v) => typeof v === "number" && Number.isInteger(v);
var hasContent = (value) => Array.isArray(value) ? value.length > 0 : isObject(value) ? Object.values(value).some(hasContent) : value !== "" && value != null;
var formatMean = (m) => m === null ? "–" : m.toFixed(2).replace(".", ",");
var mean = (xs) => xs.length ? xs.reduce((x, y) => x + y, 0) / xs.length : null;
var own = (obj, key) => typeof obj === "object" && obj !== null && Object.hasOwn(obj, key) ? (
  /** @type {any} */
  obj[key]
) : void 0;
function put(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}
function lookup(entries) {
  const map = new Map(entries);
  return (key) => typeof key === "string" ? map.get(key) : void 0;
}
var ownText = (obj, key) => {
  const v = own(obj, key);
  return typeof v === "string" ? v : "";
};

// js/core/answers.js
var MESSAGES = answers_default.messages;
var ECHO = answers_default.echo;
var ECHO_STRIP = new RegExp(ECHO.strip, "g");
function echo(value, max = ECHO.max) {
  const chars = Array.from(String(value).replace(ECHO_STRIP, ""));
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : chars.join("");
}
var ANSWER_SHAPES = (
  /** @type {any} */
  answers_default.kinds
);
var message = (id, field2 = "", key = "") => MESSAGES[id][language() === "nn" ? "nn" : "no"].replace("{field}", () => echo(field2)).replace("{key}", () => echo(key));
function limit(def, spec) {
  let value = def;
  for (const step of spec.path) {
    if (!isObject(value) || !Object.hasOwn(value, step)) return spec.default;
    value = value[step];
  }
  return value;
}
var LEAF_FAILED = "\0";
function check(node, value, field2, def) {
  if (node.type === "text") return typeof value === "string" ? "" : LEAF_FAILED;
  if (node.type === "number") return typeof value === "number" ? "" : LEAF_FAILED;
  if (node.type === "any_of") {
    let error = "";
    for (const option of node.options) {
      error = check(option, value, field2, def);
      if (!error) return "";
    }
    return error;
  }
  let entries;
  let inner;
  if (node.type === "map") {
    if (!isObject(value)) return message(node.wrong, field2);
    const { keys, unknown } = node;
    if (keys) {
      const extra = Object.keys(value).find((k) => !keys.includes(k));
      if (extra !== void 0) return message(unknown || node.wrong, field2, extra);
    }
    entries = Object.entries(value).map(([k, v]) => [k, v, `${field2}.${k}`]);
    inner = node.values;
  } else {
    if (!Array.isArray(value)) return message(node.wrong, field2);
    if (node.max && value.length > limit(def, node.max)) return message(node.max.message, field2);
    entries = value.map((v, i) => [String(i), v, field2]);
    inner = node.items;
  }
  for (const [key, entry, entryField] of entries) {
    const error = check(inner, entry, entryField, def);
    if (error) {
      if (node.bad) return message(node.bad, field2, key);
      return error === LEAF_FAILED ? message("entry_format", field2, key) : error;
    }
  }
  return "";
}
function checkAnswers(def, answers) {
  if (!isObject(answers)) return message("not_object");
  const fields = own(ANSWER_SHAPES, def.kind);
  if (!fields) return message("unknown_kind");
  const extra = Object.keys(answers).find((k) => !Object.hasOwn(fields, k));
  if (extra !== void 0) return message("unknown_field", extra);
  for (const [name, node] of Object.entries(fields)) {
    if (Object.hasOwn(answers, name)) {
      const error = check(node, answers[name], name, def);
      if (error) return error;
    }
  }
  return "";
}

// js/kinds/evaluation.js
var evaluation_exports = {};
__export(evaluation_exports, {
  View: () => View,
  progress: () => progress,
  summarize: () => summarize,
  tableRows: () => tableRows
});

// js/ui/dom.js
var PRIVACY_HINT = () => t("dom.ikke_skriv_noe_som_kan");
var uidCounter = 0;
var uid = (prefix) => `mvh-${prefix}-${++uidCounter}`;
function h(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === void 0 || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) {
    if (c === null || c === void 0 || c === false) continue;
    node.append(typeof c === "string" ? document.createTextNode(c) : c);
  }
  return node;
}
var input = (attrs) => (
  /** @type {HTMLInputElement} */
  h("input", attrs)
);
var textarea = (attrs) => (
  /** @type {HTMLTextAreaElement} */
  h("textarea", attrs)
);
var select = (attrs, options) => (
  /** @type {HTMLSelectElement} */
  h("select", attrs, options)
);
var button = (attrs, label) => h("button", { type: "button", ...attrs }, [label]);
var progressLine = () => h("p", { class: "mvh-progress", role: "status", "aria-live": "polite" });
var headRow = (heads) => h(
  "tr",
  {},
  heads.map((x) => h("th", { scope: "col", text: x }))
);
var SVG_NS = "http://www.w3.org/2000/svg";
function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}
function download(filename, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = h("a", { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1e3);
}
function currentPage() {
  if (typeof location === "undefined") return "";
  const last = decodeURIComponent(location.pathname.split("/").pop() || "");
  return last.replace(/\.html?$/, "") || "index";
}
function chapterTitle(chapter) {
  if (typeof document !== "undefined") {
    for (const a of Array.from(document.querySelectorAll("nav a[href], .bd-sidebar-primary a[href]"))) {
      const href = (a.getAttribute("href") || "").split("#")[0];
      const text2 = (a.textContent || "").replace(/\s+/g, " ").trim();
      if (text2 && (href === `${chapter}.html` || href.endsWith(`/${chapter}.html`))) return text2;
    }
  }
  const words = chapter.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
var readMoreText = (title) => t("dom.les_mer_i_kapitlet", { title });
function chapterLink(host, chapter, page = currentPage()) {
  if (!chapter) return null;
  if (!host.inBook) return h("span", { class: "mvh-chapter-link" }, [readMoreText(chapterTitle(chapter))]);
  if (chapter === page) return null;
  return h("a", { href: `${chapter}.html`, class: "mvh-chapter-link" }, [readMoreText(chapterTitle(chapter))]);
}
function fileStamp(d) {
  const two = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}`;
}
function savedAt(d, now = /* @__PURE__ */ new Date()) {
  const two = (n) => String(n).padStart(2, "0");
  const year = d.getFullYear() === now.getFullYear() ? "" : String(d.getFullYear());
  return `${d.getDate()}.${d.getMonth() + 1}.${year} kl. ${two(d.getHours())}.${two(d.getMinutes())}`;
}
var scrollBox = (table, label) => h("div", { class: "mvh-scroll", role: "region", tabindex: "0", "aria-label": label }, [table]);
function norwegianDate(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : value;
}

// js/ui/prompt-item.js
function promptItems(getAnswers, setAnswers, { hintId, rows }) {
  const fields = /* @__PURE__ */ new Map();
  const node = (p) => {
    const id = uid("prompt");
    const area = textarea({
      id,
      rows,
      "aria-describedby": hintId,
      "data-prompt": p.id,
      oninput: (e) => {
        const value = (
          /** @type {HTMLTextAreaElement} */
          e.target.value
        );
        const a = getAnswers();
        const responses = { ...asObject(a.responses) };
        if (value) put(responses, p.id, value);
        else delete responses[p.id];
        setAnswers({ ...a, responses });
      }
    });
    const print = h("p", { class: "mvh-print-only mvh-print-answer" });
    fields.set(p.id, { area, print });
    return h("li", { class: "mvh-prompt" }, [h("label", { for: id, text: p.text }), area, print]);
  };
  const apply = () => {
    const responses = asObject(getAnswers().responses);
    for (const [id, f] of fields) {
      const v = ownText(responses, id);
      if (f.area.value !== v) f.area.value = v;
      f.print.textContent = v || t("reflection.ikke_besvart");
    }
  };
  return { node, apply };
}

// js/ui/scale-item.js
function scaleItems(scale, getAnswers, setAnswers) {
  const { min, max, labels } = scale;
  const points = labels.map((_, i) => min + i);
  const radios = /* @__PURE__ */ new Map();
  const printValues = /* @__PURE__ */ new Map();
  const node = (item) => {
    const name = uid(`l${item.id}`);
    const legendId = uid("legend");
    const inputs = points.map(
      (v) => input({
        type: "radio",
        name,
        value: String(v),
        "data-item": item.id,
        onchange: () => {
          const a = getAnswers();
          setAnswers({ ...a, ratings: { ...asObject(a.ratings), [item.id]: v } });
        }
      })
    );
    radios.set(item.id, inputs);
    const pv = h("p", { class: "mvh-print-only mvh-print-value" });
    printValues.set(item.id, pv);
    const choices = inputs.map((el, i) => h("label", { class: "mvh-choice" }, [el, h("span", { text: labels[i] })]));
    return h("li", { class: "mvh-item", "data-item": item.id }, [
      h("fieldset", { "aria-labelledby": legendId }, [
        h("legend", { id: legendId, text: item.text }),
        h("div", { class: "mvh-choices mvh-scale" }, choices)
      ]),
      pv
    ]);
  };
  const apply = () => {
    const ratings = asObject(getAnswers().ratings);
    for (const [id, inputs] of radios) {
      const v = own(ratings, id);
      for (const el of inputs) el.checked = v === Number(el.value);
      const pv = printValues.get(id);
      if (pv)
        pv.textContent = t("scale_item.svar", {
          x: wholeNumber(v) && v >= min && v <= max ? labels[v - min] : t("scale_item.ikke_besvart")
        });
    }
  };
  return { node, apply };
}

// js/kinds/evaluation.js
function summarize(def, a) {
  const { min, max } = def.scale;
  const ratings = asObject(a.ratings);
  const responses = asObject(a.responses);
  const onScale = (v) => wholeNumber(v) && v >= min && v <= max;
  return {
    statements: def.statements.length,
    rated: def.statements.filter((st) => onScale(own(ratings, st.id))).length,
    questions: def.questions.length,
    answered: def.questions.filter((q) => text(own(responses, q.id)) !== "").length
  };
}
function tableRows(def, a) {
  const ratings = asObject(a.ratings);
  const responses = asObject(a.responses);
  const { min, labels } = def.scale;
  const rows = [["type", "id", "tekst", "svar"]];
  for (const st of def.statements) {
    const v = own(ratings, st.id);
    rows.push(["påstand", st.id, st.text, typeof v === "number" ? labels[v - min] || v : ""]);
  }
  for (const q of def.questions) rows.push(["spørsmål", q.id, q.text, ownText(responses, q.id)]);
  return rows;
}
function progress(def, a) {
  const s = summarize(def, a);
  return t("evaluation.av_pastander_og_av_sporsmal", {
    rated: s.rated,
    statements: s.statements,
    answered: s.answered,
    questions: s.questions
  });
}
function View(def, getAnswers, setAnswers) {
  const { labels } = def.scale;
  const statements = scaleItems(def.scale, getAnswers, setAnswers);
  const hintId = uid("hint");
  const prompts = promptItems(getAnswers, setAnswers, { hintId, rows: 3 });
  const questions = def.questions.map(prompts.node);
  const progressNode = progressLine();
  const how = t("evaluation.skalaen_gar_fra_til", { x: labels[0], x2: labels[labels.length - 1] });
  const root = h("div", { class: "mvh-evaluation" }, [
    h("p", { class: "mvh-how", text: how }),
    h("ol", { class: "mvh-items" }, def.statements.map(statements.node)),
    h("p", { class: "mvh-hint mvh-hint-strong", id: hintId, text: PRIVACY_HINT() }),
    h("ol", { class: "mvh-prompts" }, questions),
    progressNode
  ]);
  function apply() {
    statements.apply();
    prompts.apply();
    const s = summarize(def, getAnswers());
    progressNode.textContent = t("evaluation.du_har_svart_pa_av", {
      rated: s.rated,
      statements: s.statements,
      answered: s.answered,
      questions: s.questions
    });
  }
  return { root, apply };
}

// js/kinds/likert.js
var likert_exports = {};
__export(likert_exports, {
  View: () => View2,
  progress: () => progress2,
  summarize: () => summarize2,
  tableRows: () => tableRows2
});

// js/core/teach.js
function hash(text2) {
  let x = 2166136261;
  for (let i = 0; i < text2.length; i++) {
    x ^= text2.charCodeAt(i);
    x = Math.imul(x, 16777619) >>> 0;
  }
  return x;
}
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t2 = a;
    t2 = Math.imul(t2 ^ t2 >>> 15, t2 | 1);
    t2 ^= t2 + Math.imul(t2 ^ t2 >>> 7, t2 | 61);
    return ((t2 ^ t2 >>> 14) >>> 0) / 4294967296;
  };
}
function orderProblems(cats, menu) {
  const problems = [];
  for (let i = 1; i < cats.length; i++) {
    if (cats[i] === cats[i - 1]) problems.push(`statements ${i} and ${i + 1} share category ${cats[i]}`);
  }
  const firsts = cats.filter((c, i) => cats.indexOf(c) === i);
  const used = menu.filter((c) => firsts.includes(c));
  if (firsts.length > 1 && firsts.join(" ") === used.join(" ")) {
    problems.push("the categories come in the drop-down's order");
  }
  const k = new Set(cats).size;
  if (k > 1 && cats.length >= 2 * k) {
    let full = 0;
    for (let i = 0; i + k <= cats.length; i += k) if (new Set(cats.slice(i, i + k)).size === k) full += 1;
    if (full === Math.floor(cats.length / k)) problems.push(`every run of ${k} statements holds each category once`);
  }
  return problems;
}
function statementOrder(instrument, q) {
  const menu = q.categories.map((c) => c.id);
  const next = random(hash(`${instrument}:${q.id}`));
  let best = q.statements;
  let fewest = orderProblems(
    best.map((st) => st.category),
    menu
  ).length;
  for (let tries = 0; tries < 5e3 && fewest > 0; tries++) {
    const order = [...q.statements];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const n = orderProblems(
      order.map((st) => st.category),
      menu
    ).length;
    if (n < fewest) [best, fewest] = [order, n];
  }
  return best;
}
var verdictThreshold = (items) => Math.min(items, Math.floor(items / 2) + 1);
function basis(d) {
  const need = verdictThreshold(d.items);
  if (d.answered >= need) {
    return { enough: true, text: t("teach.ut_fra_av_utsagn", { answered: d.answered, items: d.items }) };
  }
  const more = need - d.answered;
  return {
    enough: false,
    text: t("teach.tilbakemeldingen_kommer_nar_du_har", { need, items: d.items, more })
  };
}
function endingsFound(def, a, now) {
  const endings = def.nodes.filter((n) => n.ending !== void 0).map((n) => n.id);
  const found = [];
  for (const id of Array.isArray(a.endings) ? a.endings : []) {
    if (endings.includes(id) && !found.includes(id)) found.push(id);
  }
  if (now !== null && !found.includes(now)) found.push(now);
  return { found, total: endings.length };
}

// js/ui/chart.js
var WIDTH = 360;
var FONT = 14;
var LINE = 17;
var BAR = 16;
var ROW_GAP = 10;
var CHAR = 0.56;
var BOLD_CHAR = 0.62;
var NO_HIGHLIGHT = "nohighlight";
function chartSvg(width, height, title) {
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", class: "mvh-chart-svg" });
  const titleId = uid("ct");
  const t2 = svg("title", { id: titleId, class: NO_HIGHLIGHT });
  t2.textContent = title;
  chart.setAttribute("aria-labelledby", titleId);
  chart.append(t2);
  return chart;
}
var withNoHighlight = (attrs) => ({ ...attrs, class: `${attrs.class || ""} ${NO_HIGHLIGHT}`.trim() });
function chartText(attrs, text2, max = Infinity) {
  const node = svg("text", withNoHighlight(attrs));
  node.textContent = text2.length > max ? `${text2.slice(0, max - 2)}…` : text2;
  return node;
}
function wrapWords(text2, maxChars) {
  const lines = [];
  let line = "";
  for (let word of text2.split(/\s+/).filter(Boolean)) {
    while (word.length > maxChars) {
      if (line) lines.push(line);
      line = "";
      lines.push(word.slice(0, maxChars));
      word = word.slice(maxChars);
    }
    if (!word) continue;
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}
function labelLines(text2, x, y, width, cls) {
  const perChar = FONT * (cls.includes("mvh-chart-part") ? BOLD_CHAR : CHAR);
  const lines = wrapWords(text2, Math.max(8, Math.floor(width / perChar)));
  const node = svg("text", withNoHighlight({ x, y, class: cls }));
  lines.forEach((line, i) => {
    const span = svg("tspan", { x, dy: i === 0 ? 0 : LINE, class: NO_HIGHLIGHT });
    span.textContent = line;
    node.append(span);
  });
  return { node, lines: lines.length };
}
function drawKey(chart, keys, keyLabel, top) {
  let x = 0;
  let y = top;
  for (const k of keys) {
    const label = keyLabel(k);
    const w = 18 + label.length * FONT * CHAR + 14;
    if (x > 0 && x + w > WIDTH) {
      x = 0;
      y += LINE + 4;
    }
    chart.append(svg("rect", { x: x + 1, y: y + 2, width: 12, height: 12, class: `mvh-bar mvh-v-${k}` }));
    chart.append(chartText({ x: x + 18, y: y + 13 }, label));
    x += w;
  }
  return y + LINE + 4;
}
function stackedBars({ rows, keys, keyLabel, title }) {
  const barW = WIDTH - 2;
  const nodes = [];
  let y = 0;
  for (const row of rows) {
    const label = labelLines(row.label, 0, y + FONT, WIDTH, row.part ? "mvh-chart-part" : "");
    nodes.push(label.node);
    y += label.lines * LINE + 3;
    const n = keys.reduce((sum, k) => sum + (row.counts[k] || 0), 0) || 1;
    let x = 1;
    for (const k of keys) {
      const w = barW * (row.counts[k] || 0) / n;
      if (w > 0) {
        nodes.push(svg("rect", { x, y, width: w, height: BAR, class: `mvh-bar mvh-v-${k}` }));
        if (w >= 18) {
          const numAttrs = { x: x + w / 2, y: y + 12.5, "text-anchor": "middle", class: `mvh-bar-num mvh-n-${k}` };
          nodes.push(chartText(numAttrs, String(row.counts[k])));
        }
      }
      x += w;
    }
    y += BAR + ROW_GAP;
  }
  const keyNodes = svg("g", {});
  const height = drawKey(keyNodes, keys, keyLabel, y + 2);
  const chart = chartSvg(WIDTH, Math.ceil(height), title);
  chart.append(...nodes, keyNodes);
  return chart;
}
function meanBars({ rows, min, max, title, format }) {
  const valueW = 44;
  const barW = WIDTH - valueW - 2;
  const nodes = [];
  let y = 0;
  for (const row of rows) {
    const label = labelLines(row.label, 0, y + FONT, WIDTH, "");
    nodes.push(label.node);
    y += label.lines * LINE + 3;
    nodes.push(svg("rect", { x: 1, y, width: barW, height: BAR, class: "mvh-bar mvh-v-ubesvart" }));
    const m = row.mean;
    if (m !== null) {
      const width = barW * (m - min) / (max - min) || 1;
      nodes.push(svg("rect", { x: 1, y, width, height: BAR, class: "mvh-bar mvh-bar-mean" }));
    }
    nodes.push(chartText({ x: barW + 8, y: y + 13 }, format(m)));
    y += BAR + ROW_GAP;
  }
  const axisY = y + 4;
  for (const v of [min, max]) {
    const x = 1 + barW * (v - min) / (max - min);
    nodes.push(chartText({ x, y: axisY, "text-anchor": v === min ? "start" : "end" }, String(v)));
  }
  const chart = chartSvg(WIDTH, axisY + 6, title);
  chart.append(...nodes);
  return chart;
}

// js/kinds/likert.js
function summarize2(def, a) {
  const { min, max } = def.scale;
  const ratings = asObject(a.ratings);
  const dimensions = {};
  let items = 0;
  let answered = 0;
  for (const dim of def.dimensions) {
    const scores = [];
    for (const item of dim.items) {
      const v = own(ratings, item.id);
      if (wholeNumber(v) && v >= min && v <= max) scores.push(item.reverse ? min + max - v : v);
    }
    const m = mean(scores);
    const bandIndex = m === null ? -1 : dim.bands.findIndex((b) => m <= b.max);
    put(dimensions, dim.id, {
      items: dim.items.length,
      answered: scores.length,
      mean: m,
      band: bandIndex < 0 ? null : bandIndex
    });
    items += dim.items.length;
    answered += scores.length;
  }
  return { items, answered, dimensions };
}
function tableRows2(def, a) {
  const ratings = asObject(a.ratings);
  const s = summarize2(def, a);
  const rows = [["type", "dimensjon", "id", "utsagn", "svar", "snitt"]];
  for (const dim of def.dimensions) {
    for (const item of dim.items) {
      const v = own(ratings, item.id);
      const answer = typeof v === "number" ? def.scale.labels[v - def.scale.min] || v : "";
      rows.push(["utsagn", dim.title, item.id, item.text, answer, ""]);
    }
    const m = s.dimensions[dim.id].mean;
    rows.push(["snitt", dim.title, dim.id, "", "", m === null ? "" : formatMean(m)]);
  }
  return rows;
}
function progress2(def, a) {
  const s = summarize2(def, a);
  return t("likert.av_utsagn_besvart", { answered: s.answered, items: s.items });
}
function View2(def, getAnswers, setAnswers, host) {
  const { min, max, labels } = def.scale;
  const statements = scaleItems(def.scale, getAnswers, setAnswers);
  const dims = def.dimensions.map(
    (dim) => h("section", { class: "mvh-dimension", "data-dimension": dim.id }, [
      h("h4", { text: dim.title }),
      dim.description ? h("p", { text: dim.description }) : null,
      h("ol", { class: "mvh-items" }, dim.items.map(statements.node))
    ])
  );
  const progressNode = progressLine();
  const chartBox = h("div", { class: "mvh-chart" });
  const feedback = h("div", { class: "mvh-feedback" });
  const table = h("table", { class: "mvh-table" });
  const how = t("likert.svar_ut_fra_hvordan_det", { x: labels[0], x2: labels[labels.length - 1] });
  const root = h("div", { class: "mvh-likert" }, [
    h("p", { class: "mvh-how", text: how }),
    progressNode,
    ...dims,
    h("section", { class: "mvh-summary", "aria-label": t("likert.oppsummering") }, [
      h("h4", { text: t("likert.din_profil") }),
      chartBox,
      scrollBox(table, t("likert.snitt_og_tilbakemelding_per_dimensjon")),
      feedback
    ])
  ]);
  function apply() {
    const a = getAnswers();
    statements.apply();
    const s = summarize2(def, a);
    progressNode.textContent = t("likert.du_har_svart_pa_av", { answered: s.answered, items: s.items });
    const means = def.dimensions.map((d) => `${d.title} ${formatMean(s.dimensions[d.id].mean)}`).join(", ");
    const title = t("likert.snitt_per_dimensjon_pa_en", { min, max, means });
    const rows = def.dimensions.map((d) => {
      const ds = s.dimensions[d.id];
      return { label: d.title, mean: basis(ds).enough ? ds.mean : null };
    });
    chartBox.replaceChildren(meanBars({ rows, min, max, title, format: formatMean }));
    table.replaceChildren(
      h("caption", { text: t("likert.snitt_og_tilbakemelding_per_dimensjon") }),
      h("thead", {}, [
        headRow([t("likert.dimensjon"), t("likert.besvart"), t("likert.snitt"), t("likert.tilbakemelding")])
      ]),
      h(
        "tbody",
        {},
        def.dimensions.map((d) => {
          const ds = s.dimensions[d.id];
          const on = basis(ds);
          const band = ds.band === null || !on.enough ? null : d.bands[ds.band];
          const link = band ? chapterLink(host, d.chapter) : null;
          const words = band ? [
            h("span", { class: "mvh-basis", text: on.text }),
            band.label ? h("strong", { text: `${band.label}. ` }) : null,
            band.text,
            link ? " " : null,
            link
          ] : [h("span", { class: "mvh-basis mvh-basis-waiting", text: on.text })];
          return h("tr", {}, [
            h("th", { scope: "row", text: d.title }),
            h("td", { text: t("likert.av", { answered: ds.answered, items: ds.items }) }),
            h("td", { text: formatMean(ds.mean) }),
            h("td", { class: "mvh-band" }, words)
          ]);
        })
      )
    );
  }
  return { root, apply };
}

// js/kinds/quiz.js
var quiz_exports = {};
__export(quiz_exports, {
  View: () => View3,
  progress: () => progress3,
  summarize: () => summarize3,
  tableRows: () => tableRows3
});
function summarize3(def, a) {
  const responses = asObject(a.responses);
  const questions = {};
  let units = 0;
  let answered = 0;
  let correct = 0;
  for (const q of def.questions) {
    let u;
    let an;
    let c;
    if (q.type === "single") {
      const chosen = q.options.find((o) => o.id === own(responses, q.id));
      u = 1;
      an = chosen ? 1 : 0;
      c = chosen?.correct ? 1 : 0;
    } else {
      const given = asObject(own(responses, q.id));
      const cats = q.categories.map((x) => x.id);
      u = q.statements.length;
      an = q.statements.filter((st) => cats.includes(own(given, st.id))).length;
      c = q.statements.filter((st) => own(given, st.id) === st.category).length;
    }
    put(questions, q.id, { units: u, answered: an, correct: c });
    units += u;
    answered += an;
    correct += c;
  }
  return { units, answered, correct, questions };
}
function tableRows3(def, a) {
  const responses = asObject(a.responses);
  const rows = [["spørsmål", "utsagn", "ditt svar", "riktig svar", "riktig?"]];
  for (const q of def.questions) {
    if (q.type === "single") {
      const chosen = q.options.find((o) => o.id === own(responses, q.id));
      const right = q.options.find((o) => o.correct);
      rows.push([q.text, "", chosen ? chosen.text : "", right?.text, chosen ? chosen.correct ? "ja" : "nei" : ""]);
    } else {
      const given = asObject(own(responses, q.id));
      const label = lookup(q.categories.map((c) => [c.id, c.label]));
      for (const st of q.statements) {
        const g = own(given, st.id);
        const answer = label(g) || "";
        rows.push([q.text, st.text, answer, label(st.category), answer ? g === st.category ? "ja" : "nei" : ""]);
      }
    }
  }
  return rows;
}
function progress3(def, a) {
  const s = summarize3(def, a);
  return t("quiz.av_riktige_besvart", { correct: s.correct, units: s.units, answered: s.answered });
}
function View3(def, getAnswers, setAnswers) {
  const appliers = [];
  const setResponse = (qid, value) => {
    const a = getAnswers();
    const responses = { ...asObject(a.responses) };
    if (value === void 0) delete responses[qid];
    else put(responses, qid, value);
    setAnswers({ ...a, responses });
  };
  const response = (qid) => own(getAnswers().responses, qid);
  const single = (q, headingId, result) => {
    const name = uid(`q${q.id}`);
    const feedback = h("div", { class: "mvh-option-feedback", "aria-live": "polite" });
    let arrowed = false;
    let pending = (
      /** @type {string|null} */
      null
    );
    const hint = h("p", { class: "mvh-pending-hint mvh-hint" });
    const choose = (id) => {
      pending = null;
      setResponse(q.id, id);
    };
    const inputs = q.options.map(
      (o) => input({
        type: "radio",
        name,
        value: o.id,
        "data-question": q.id,
        onchange: () => {
          if (!arrowed) return choose(o.id);
          arrowed = false;
          pending = o.id === response(q.id) ? null : o.id;
          apply2();
        }
      })
    );
    const apply2 = () => {
      const chosen = q.options.find((o) => o.id === response(q.id));
      const marked = pending ?? chosen?.id;
      for (const el of inputs) el.checked = el.value === marked;
      hint.textContent = pending ? t("quiz.trykk_mellomrom_eller_enter_for") : "";
      const verdict = chosen?.correct ? t("quiz.riktig") : t("quiz.ikke_helt");
      feedback.replaceChildren(
        ...chosen ? [
          h("p", { class: chosen.correct ? "mvh-correct" : "mvh-wrong" }, [
            h("strong", { text: verdict }),
            chosen.feedback || ""
          ])
        ] : []
      );
      result.textContent = chosen ? chosen.correct ? t("quiz.du_har_svart_riktig") : t("quiz.prov_et_annet_svar_eller") : "";
      result.classList.toggle("mvh-screen-only", !!chosen && !chosen.correct);
    };
    appliers.push(apply2);
    const options = inputs.map(
      (el, i) => h("label", { class: "mvh-option", "data-option": q.options[i].id }, [el, h("span", { text: q.options[i].text })])
    );
    const group = h("fieldset", { "aria-labelledby": headingId }, [
      h("legend", { class: "mvh-visually-hidden", text: q.text }),
      h("div", { class: "mvh-options" }, options),
      hint,
      feedback
    ]);
    group.addEventListener("keydown", (e) => {
      const target = (
        /** @type {HTMLInputElement} */
        e.target
      );
      if (["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"].includes(e.key)) arrowed = true;
      else if ((e.key === " " || e.key === "Enter") && target.type === "radio") {
        if (e.key === "Enter") e.preventDefault();
        choose(target.value);
      }
    });
    group.addEventListener("focusout", (e) => {
      const to = (
        /** @type {FocusEvent} */
        e.relatedTarget
      );
      if (pending && !(to instanceof Node && group.contains(to))) choose(pending);
    });
    return group;
  };
  const classify = (q, headingId, result) => {
    const rows = statementOrder(def.id, q).map((st) => {
      const id = uid("st");
      const onchange = (e) => {
        const value = (
          /** @type {HTMLSelectElement} */
          e.target.value
        );
        const given = { ...asObject(response(q.id)) };
        if (value) put(given, st.id, value);
        else delete given[st.id];
        setResponse(q.id, Object.keys(given).length ? given : void 0);
      };
      const choice = select({ id, "data-statement": st.id, onchange }, [
        h("option", { value: "", text: t("quiz.velg") }),
        ...q.categories.map((c) => h("option", { value: c.id, text: c.label }))
      ]);
      const fb = h("p", { class: "mvh-statement-feedback" });
      const pv = h("p", { class: "mvh-print-only mvh-print-value" });
      appliers.push(() => {
        const given = response(q.id);
        const g = own(given, st.id);
        choice.value = q.categories.some((c) => c.id === g) ? g : "";
        const right = q.categories.find((c) => c.id === st.category);
        const ok = g === st.category;
        const verdict = ok ? t("quiz.riktig") : t("quiz.ikke_helt_riktig_er", { x: right?.label });
        fb.replaceChildren(
          ...choice.value ? [h("strong", { class: ok ? "mvh-correct" : "mvh-wrong", text: verdict }), st.explanation] : []
        );
        pv.textContent = t("quiz.ditt_svar_2", {
          x: choice.value ? choice.options[choice.selectedIndex].text : t("quiz.ikke_besvart")
        });
      });
      return h("li", { class: "mvh-statement" }, [h("label", { for: id, text: st.text }), choice, pv, fb]);
    });
    appliers.push(() => {
      const qs = summarize3(def, getAnswers()).questions[q.id];
      result.textContent = qs.answered ? t("quiz.av_riktige", { correct: qs.correct, units: qs.units }) : "";
    });
    return h("ol", { class: "mvh-statements", "aria-labelledby": headingId }, rows);
  };
  const questions = def.questions.map((q, qi) => {
    const headingId = uid("q");
    const explainId = uid("exp");
    const explanation = q.explanation ? h("div", { class: "mvh-explanation", id: explainId, hidden: true }, [h("p", { text: q.explanation })]) : null;
    const explainBtn = explanation ? button(
      {
        class: "mvh-btn mvh-btn-small",
        "aria-expanded": "false",
        "aria-controls": explainId,
        "data-action": "explain",
        onclick: (e) => {
          const open = explanation.hidden;
          explanation.hidden = !open;
          const btn = (
            /** @type {HTMLElement} */
            e.currentTarget
          );
          btn.setAttribute("aria-expanded", String(open));
          btn.textContent = open ? t("quiz.skjul_forklaring") : t("quiz.vis_forklaring");
        }
      },
      t("quiz.vis_forklaring")
    ) : null;
    const retry = button(
      { class: "mvh-btn mvh-btn-small", "data-action": "retry", onclick: () => setResponse(q.id, void 0) },
      t("quiz.prov_igjen")
    );
    const result = h("p", { class: "mvh-result", role: "status", "aria-live": "polite" });
    const body = q.type === "single" ? single(q, headingId, result) : classify(q, headingId, result);
    return h("section", { class: "mvh-question", "data-question": q.id }, [
      h("h4", { id: headingId }, [`${qi + 1}. `, q.text]),
      body,
      result,
      h("div", { class: "mvh-question-actions" }, [retry, explainBtn]),
      explanation
    ]);
  });
  const score = progressLine();
  const root = h("div", { class: "mvh-quiz" }, [...questions, score]);
  function apply() {
    for (const f of appliers) f();
    const s = summarize3(def, getAnswers());
    score.textContent = t("quiz.poeng_av_besvart_av", {
      correct: s.correct,
      units: s.units,
      answered: s.answered,
      units2: s.units
    });
  }
  return { root, apply };
}

// js/kinds/rating.js
var rating_exports = {};
__export(rating_exports, {
  View: () => View4,
  progress: () => progress4,
  summarize: () => summarize4,
  tableRows: () => tableRows4
});

// js/kinds/rating-plan.js
function planView(def, themes, update) {
  const maxThemes = def.plan ? def.plan.max_themes : 0;
  const planRows = [];
  const row = (i) => {
    const ids = { theme: uid("pt"), action: uid("pa"), who: uid("pw"), when: uid("pd"), hint: uid("ph") };
    const onField = (field2) => (e) => {
      const value = (
        /** @type {HTMLInputElement} */
        e.target.value
      );
      update((a) => {
        const empty = { theme: "", action: "", who: "", when: "" };
        const rows = Array.from({ length: maxThemes }, (_, j) => ({ ...empty, ...a.plan[j] || {} }));
        rows[i] = { ...rows[i], [field2]: value };
        a.plan = rows;
        return a;
      });
    };
    const themeSelect = select({ id: ids.theme, onchange: onField("theme") }, [
      h("option", { value: "", text: t("rating_plan.velg_tema") }),
      ...themes.map((t2) => h("option", { value: t2.id, text: `${t2.id}. ${t2.title}` }))
    ]);
    const action = textarea({ id: ids.action, rows: 3, "aria-describedby": ids.hint, oninput: onField("action") });
    const who = input({ id: ids.who, type: "text", "aria-describedby": ids.hint, oninput: onField("who") });
    const when = input({ id: ids.when, type: "date", onchange: onField("when") });
    const print = h("dl", { class: "mvh-print-only mvh-print-plan" });
    const fieldset = h("fieldset", { class: "mvh-plan-row" }, [
      h("legend", { text: t("rating_plan.forbedringsomrade", { x: i + 1 }) }),
      h("div", { class: "mvh-field" }, [h("label", { for: ids.theme, text: t("rating_plan.tema") }), themeSelect]),
      h("div", { class: "mvh-field" }, [
        h("label", { for: ids.action, text: t("rating_plan.hva_skal_gjores") }),
        action
      ]),
      h("div", { class: "mvh-field-row" }, [
        h("div", { class: "mvh-field" }, [h("label", { for: ids.who, text: t("rating_plan.hvem_gjor_det") }), who]),
        h("div", { class: "mvh-field" }, [h("label", { for: ids.when, text: t("rating_plan.innen") }), when])
      ]),
      h("p", { class: "mvh-hint", id: ids.hint, text: PRIVACY_HINT() }),
      print
    ]);
    planRows.push({ select: themeSelect, action, who, when, print, fieldset });
    return fieldset;
  };
  const root = maxThemes ? h("section", { class: "mvh-plan" }, [
    h("h4", { text: t("rating_plan.handlingsplan") }),
    def.plan?.intro ? h("p", { text: def.plan.intro }) : null,
    ...Array.from({ length: maxThemes }, (_, i) => row(i))
  ]) : null;
  function apply(plan) {
    const chosen = planRows.map((_, i) => plan[i]?.theme || "");
    planRows.forEach((row2, i) => {
      const r = plan[i] || {};
      if (row2.select.value !== (r.theme || "")) row2.select.value = r.theme || "";
      for (const opt of Array.from(row2.select.options)) {
        opt.disabled = opt.value !== "" && chosen.includes(opt.value) && chosen[i] !== opt.value;
      }
      if (row2.action.value !== (r.action || "")) row2.action.value = r.action || "";
      if (row2.who.value !== (r.who || "")) row2.who.value = r.who || "";
      if (row2.when.value !== (r.when || "")) row2.when.value = r.when || "";
      const theme = themes.find((t2) => t2.id === r.theme);
      const used = Boolean(theme || r.action || r.who || r.when);
      row2.fieldset.classList.toggle("mvh-plan-empty", !used);
      const lines = [
        [t("rating_plan.tema"), theme ? `${theme.id}. ${theme.title}` : t("rating_plan.ikke_valgt")],
        [t("rating_plan.hva_skal_gjores"), r.action || "–"],
        [t("rating_plan.hvem_gjor_det"), r.who || "–"],
        [t("rating_plan.innen"), r.when ? norwegianDate(String(r.when)) : "–"]
      ];
      row2.print.replaceChildren(
        ...used ? lines.flatMap(([k, v]) => [h("dt", { text: k }), h("dd", { text: v })]) : []
      );
    });
  }
  return { root, apply };
}

// js/kinds/rating.js
function summarize4(def, a) {
  const scale = (def.scale || []).map((s) => s.id);
  const ratings = asObject(a.ratings);
  const empty = () => {
    const c = {};
    for (const s of scale) put(c, s, 0);
    put(c, UNANSWERED, 0);
    return c;
  };
  const total = empty();
  const parts = {};
  const themes = {};
  let items = 0;
  let answered = 0;
  for (const part of def.parts || []) {
    const pc = empty();
    put(parts, part.id, pc);
    for (const theme of part.themes) {
      const tc = empty();
      put(themes, theme.id, tc);
      for (const item of theme.items) {
        const v = own(ratings, item.id);
        const key = typeof v === "string" && scale.includes(v) ? v : UNANSWERED;
        items += 1;
        if (key !== UNANSWERED) answered += 1;
        for (const c of [total, pc, tc]) c[key] += 1;
      }
    }
  }
  return { items, answered, total, parts, themes };
}
var textOf = (v) => typeof v === "string" ? v : "";
function tableRows4(def, a) {
  const label = lookup((def.scale || []).map((s) => [s.id, s.label]));
  const ratings = asObject(a.ratings);
  const notes = asObject(a.notes);
  const themeTitle = /* @__PURE__ */ new Map();
  const rows = [["type", "nummer", "tema", "tekst", "vurdering", "notat", "hvem", "innen"]];
  for (const part of def.parts || []) {
    for (const theme of part.themes) {
      themeTitle.set(theme.id, theme.title);
      for (const item of theme.items) {
        rows.push([
          "mål",
          item.id,
          theme.title,
          item.text,
          label(own(ratings, item.id)) || "",
          textOf(own(notes, item.id)),
          "",
          ""
        ]);
      }
    }
  }
  for (const row of Array.isArray(a.plan) ? a.plan : []) {
    if (!row || !(row.theme || row.action)) continue;
    const title = typeof row.theme === "string" && themeTitle.get(row.theme) || "";
    rows.push(["tiltak", textOf(row.theme), title, textOf(row.action), "", "", textOf(row.who), textOf(row.when)]);
  }
  return rows;
}
var themeAnchor = (def, themeId) => `${def.id}-tema-${themeId}`;
function progress4(def, a) {
  const s = summarize4(def, a);
  return t("rating.av_mal_vurdert", { answered: s.answered, items: s.items });
}
function View4(def, getAnswers, setAnswers) {
  const scale = def.scale || [];
  const parts = def.parts || [];
  const themes = parts.flatMap((p) => p.themes);
  const radios = /* @__PURE__ */ new Map();
  const notes = /* @__PURE__ */ new Map();
  const printValues = /* @__PURE__ */ new Map();
  const update = (change2) => {
    const a = getAnswers();
    setAnswers(change2({ ratings: { ...a.ratings || {} }, notes: { ...a.notes || {} }, plan: [...a.plan || []] }));
  };
  const legend = h(
    "dl",
    { class: "mvh-scale-legend" },
    scale.flatMap((s) => [
      h("dt", {}, [h("span", { class: `mvh-swatch mvh-v-${s.id}`, "aria-hidden": "true" }), s.label]),
      h("dd", { text: s.description || "" })
    ])
  );
  const itemNode = (item) => {
    const name = uid(`r${item.id}`);
    const legendId = uid("legend");
    const choiceInputs = scale.map(
      (s) => input({
        type: "radio",
        name,
        value: s.id,
        "data-item": item.id,
        onchange: () => update((a) => {
          put(a.ratings, item.id, s.id);
          return a;
        })
      })
    );
    radios.set(item.id, choiceInputs);
    const noteId = uid("note");
    const hintId = uid("hint");
    const area = textarea({
      id: noteId,
      rows: 3,
      "aria-describedby": hintId,
      "data-note": item.id,
      oninput: (e) => {
        const value = (
          /** @type {HTMLTextAreaElement} */
          e.target.value
        );
        update((a) => {
          if (value) put(a.notes, item.id, value);
          else delete a.notes[item.id];
          return a;
        });
      }
    });
    const notePrint = h("p", { class: "mvh-print-only mvh-print-note" });
    const details = (
      /** @type {HTMLDetailsElement} */
      h("details", { class: "mvh-note" }, [
        h("summary", {}, [t("rating.notat_til", { id: item.id })]),
        h("label", { for: noteId, text: t("rating.notat_til_mal_valgfritt", { id: item.id }) }),
        area,
        h("p", { class: "mvh-hint", id: hintId, text: PRIVACY_HINT() })
      ])
    );
    notes.set(item.id, { area, details, print: notePrint });
    const printValue = h("p", { class: "mvh-print-only mvh-print-value" });
    printValues.set(item.id, printValue);
    const choices = choiceInputs.map(
      (el, i) => h("label", { class: `mvh-choice mvh-v-${scale[i].id}` }, [
        el,
        h("span", { class: "mvh-swatch", "aria-hidden": "true" }),
        h("span", { text: scale[i].label })
      ])
    );
    return h("li", { class: "mvh-item", "data-item": item.id }, [
      h("fieldset", { "aria-labelledby": legendId }, [
        h("legend", { id: legendId }, [h("span", { class: "mvh-num", text: item.id }), " ", item.text]),
        h("div", { class: "mvh-choices" }, choices)
      ]),
      printValue,
      details,
      notePrint
    ]);
  };
  const themeNodes = /* @__PURE__ */ new Map();
  const themeNode = (theme) => {
    const anchor = themeAnchor(def, theme.id);
    const old = typeof document.getElementById === "function" ? document.getElementById(anchor) : null;
    if (old?.closest(".mvh-fallback")) old.removeAttribute("id");
    const count = h("span", { class: "mvh-theme-count" });
    const unrated = h("p", { class: "mvh-print-only mvh-print-unrated" });
    const details = (
      /** @type {HTMLDetailsElement} */
      h("details", { class: "mvh-theme", "data-theme": theme.id, id: anchor, open: true }, [
        h("summary", { class: "mvh-theme-summary" }, [
          h("h5", { class: "mvh-theme-title", text: `${theme.id}. ${theme.title}` }),
          count
        ]),
        theme.intention ? h("p", { class: "mvh-intention", text: theme.intention }) : null,
        h("ol", { class: "mvh-items" }, theme.items.map(itemNode)),
        unrated
      ])
    );
    themeNodes.set(theme.id, { details, count, unrated });
    return details;
  };
  const sections = parts.map(
    (part) => h("section", { class: "mvh-part" }, [
      h("h4", { text: part.title }),
      part.intro ? h("p", { text: part.intro }) : null,
      ...part.themes.map(themeNode)
    ])
  );
  const progressNode = progressLine();
  const chartBox = h("div", { class: "mvh-chart" });
  const table = h("table", { class: "mvh-table" });
  const totalLine = h("p", { class: "mvh-summary-total" });
  const summaryBox = h("section", { class: "mvh-summary", "aria-label": t("rating.oppsummering"), tabindex: "-1" }, [
    h("h4", { text: t("rating.oppsummering") }),
    totalLine,
    chartBox,
    scrollBox(table, t("rating.antall_mal_per_farge_per"))
  ]);
  const plan = planView(def, themes, update);
  let lastItem = "";
  const jumpNote = h("span", { class: "mvh-jump-note", role: "status" });
  const nextButton = button(
    { class: "mvh-btn", "data-action": "next-unrated", onclick: nextUnrated },
    t("rating.neste_ubesvarte_mal")
  );
  const summaryButton = button(
    { class: "mvh-btn", "data-action": "to-summary", onclick: toSummary },
    t("rating.ga_til_oppsummeringen")
  );
  const foldButton = button(
    { class: "mvh-btn mvh-btn-quiet", "data-action": "fold", onclick: foldAll },
    t("rating.lukk_alle_temaer")
  );
  const bar = h("div", { class: "mvh-rating-bar" }, [
    progressNode,
    h("div", { class: "mvh-rating-jumps", role: "group", "aria-label": t("rating.ga_til") }, [
      nextButton,
      summaryButton,
      foldButton,
      jumpNote
    ])
  ]);
  function bringIntoView(target, focus = target) {
    const details = target.closest("details.mvh-theme");
    if (details instanceof HTMLDetailsElement) details.open = true;
    target.scrollIntoView({ block: "start" });
    focus.focus({ preventScroll: true });
  }
  function nextUnrated() {
    const ratings = asObject(getAnswers().ratings);
    const ids = themes.flatMap((t2) => t2.items.map((i) => i.id));
    const start = ids.indexOf(lastItem) + 1;
    const order = [...ids.slice(start), ...ids.slice(0, start)];
    const next = order.find((id) => !scale.some((v) => v.id === own(ratings, id)));
    if (!next) {
      jumpNote.textContent = t("rating.alle_malene_er_vurdert");
      return toSummary();
    }
    jumpNote.textContent = "";
    const inputs = radios.get(next) || [];
    const li = inputs[0]?.closest("li.mvh-item");
    lastItem = next;
    if (li instanceof HTMLElement && inputs[0]) bringIntoView(li, inputs[0]);
  }
  function toSummary() {
    bringIntoView(summaryBox);
  }
  function foldAll() {
    const anyOpen = [...themeNodes.values()].some((t2) => t2.details.open);
    for (const t2 of themeNodes.values()) t2.details.open = !anyOpen;
    foldButton.textContent = anyOpen ? t("rating.apne_alle_temaer") : t("rating.lukk_alle_temaer");
  }
  const itemsArea = h("div", { class: "mvh-rating-items" }, sections);
  itemsArea.addEventListener("focusin", (e) => {
    const li = e.target instanceof Element ? e.target.closest("li.mvh-item") : null;
    if (li instanceof HTMLElement && li.dataset.item) lastItem = li.dataset.item;
  });
  let openBefore = [];
  const beforePrint = () => {
    openBefore = [...themeNodes.values()].map((t2) => t2.details.open);
    for (const t2 of themeNodes.values()) t2.details.open = true;
  };
  const afterPrint = () => {
    [...themeNodes.values()].forEach((t2, i) => {
      if (openBefore[i] === false) t2.details.open = false;
    });
    openBefore = [];
  };
  if (typeof window !== "undefined" && typeof window.addEventListener === "function") {
    window.addEventListener("beforeprint", beforePrint);
    window.addEventListener("afterprint", afterPrint);
    const openTarget = () => {
      const id = decodeURIComponent(location.hash.slice(1));
      const target = id ? document.getElementById(id) : null;
      if (target instanceof HTMLDetailsElement && root.contains(target)) {
        const summary = target.querySelector("summary");
        bringIntoView(target, summary instanceof HTMLElement ? summary : target);
      }
    };
    window.addEventListener("hashchange", openTarget);
    requestAnimationFrame(openTarget);
  }
  const root = h("div", { class: "mvh-rating" }, [
    h("p", { class: "mvh-how", text: t("rating.vurder_hvert_mal_for_teamet") }),
    legend,
    bar,
    itemsArea,
    summaryBox,
    plan.root
  ]);
  function apply() {
    const a = getAnswers();
    const ratings = asObject(a.ratings);
    const noteValues = asObject(a.notes);
    const labels = lookup(scale.map((s) => [s.id, s.label]));
    for (const [id, inputs] of radios) {
      for (const el of inputs) el.checked = own(ratings, id) === el.value;
      const pv = printValues.get(id);
      const label = labels(own(ratings, id));
      if (pv) pv.textContent = t("rating.vurdering", { x: label || t("rating.ikke_vurdert_3") });
      const li = inputs[0]?.closest("li.mvh-item");
      if (li) li.classList.toggle("mvh-unrated", !label && !textOf(own(noteValues, id)));
    }
    for (const theme of themes) {
      const node = themeNodes.get(theme.id);
      if (!node) continue;
      const open = theme.items.filter((i) => !labels(own(ratings, i.id))).map((i) => i.id);
      const rated = theme.items.length - open.length;
      node.count.textContent = t("rating.av_vurdert", {
        x: rated === theme.items.length ? "✓ " : "",
        rated,
        n: theme.items.length
      });
      node.details.classList.toggle("mvh-theme-done", rated === theme.items.length);
      node.unrated.textContent = open.length ? open.length === theme.items.length ? t("rating.ingen_av_de_malene_er", { n: open.length }) : t("rating.ikke_vurdert_2", { join: open.join(", ") }) : "";
    }
    for (const [id, n] of notes) {
      const v = textOf(own(noteValues, id));
      if (n.area.value !== v) n.area.value = v;
      if (v && !n.details.open) n.details.open = true;
      n.print.textContent = v ? t("rating.notat", { v }) : "";
    }
    plan.apply(Array.isArray(a.plan) ? a.plan : []);
    renderSummary(summarize4(def, a));
  }
  function renderSummary(s) {
    const counts = scale.map((v) => `${v.label}: ${s.total[v.id]}`).join(", ");
    progressNode.textContent = t("rating.du_har_vurdert_av_mal", { answered: s.answered, items: s.items });
    totalLine.textContent = t("rating.totalt_ikke_vurdert", { counts, x: s.total[UNANSWERED] });
    const keys = [...scale.map((v) => v.id), UNANSWERED];
    const keyLabel = (k) => k === UNANSWERED ? t("rating.ikke_vurdert") : scale.find((v) => v.id === k)?.label || k;
    const rows = [
      ...parts.map((p) => ({ label: p.title, counts: s.parts[p.id], part: true })),
      ...themes.map((t2) => ({ label: `${t2.id}. ${t2.title}`, counts: s.themes[t2.id], part: false }))
    ];
    const title = t("rating.stolpediagram_over_vurderingene_per_del", { counts });
    chartBox.replaceChildren(stackedBars({ rows, keys, keyLabel, title }));
    const cells = (c) => keys.map((k) => h("td", { text: String(c[k] || 0) }));
    table.replaceChildren(
      h("caption", { text: t("rating.antall_mal_per_farge_per") }),
      h("thead", {}, [
        h("tr", {}, [
          h("th", { scope: "col", text: t("rating.del_eller_tema") }),
          ...keys.map((k) => h("th", { scope: "col", text: keyLabel(k) }))
        ])
      ]),
      h("tbody", {}, [
        ...rows.map(
          (row) => h("tr", { class: row.part ? "mvh-row-part" : "" }, [
            h("th", { scope: "row", text: row.label }),
            ...cells(row.counts)
          ])
        ),
        h("tr", { class: "mvh-row-total" }, [
          h("th", { scope: "row", text: t("rating.totalt") }),
          ...keys.map((k) => h("td", { text: String(s.total[k]) }))
        ])
      ])
    );
  }
  return { root, apply };
}

// js/kinds/reflection.js
var reflection_exports = {};
__export(reflection_exports, {
  View: () => View5,
  progress: () => progress5,
  summarize: () => summarize5,
  tableRows: () => tableRows5
});
function summarize5(def, a) {
  const responses = asObject(a.responses);
  const prompts = def.prompts || [];
  return {
    prompts: prompts.length,
    answered: prompts.filter((p) => text(own(responses, p.id)) !== "").length
  };
}
function tableRows5(def, a) {
  const responses = asObject(a.responses);
  const rows = [["nummer", "spørsmål", "svar"]];
  for (const [i, p] of (def.prompts || []).entries()) rows.push([i + 1, p.text, ownText(responses, p.id)]);
  return rows;
}
function progress5(def, a) {
  const s = summarize5(def, a);
  return t("reflection.av_sporsmal_besvart", { answered: s.answered, prompts: s.prompts });
}
function View5(def, getAnswers, setAnswers) {
  const hintId = uid("hint");
  const prompts = promptItems(getAnswers, setAnswers, { hintId, rows: 4 });
  const list = h("ol", { class: "mvh-prompts" }, (def.prompts || []).map(prompts.node));
  const progressNode = progressLine();
  const root = h("div", { class: "mvh-reflection" }, [
    h("p", { class: "mvh-hint mvh-hint-strong", id: hintId, text: PRIVACY_HINT() }),
    list,
    progressNode
  ]);
  function apply() {
    prompts.apply();
    const s = summarize5(def, getAnswers());
    progressNode.textContent = t("reflection.du_har_svart_pa_av", { answered: s.answered, prompts: s.prompts });
  }
  return { root, apply };
}

// js/kinds/scenario.js
var scenario_exports = {};
__export(scenario_exports, {
  View: () => View6,
  progress: () => progress6,
  summarize: () => summarize6,
  tableRows: () => tableRows6
});
var OUTCOME_LABEL = {
  get god() {
    return t("scenario.et_godt_utfall");
  },
  get blandet() {
    return t("scenario.et_blandet_utfall");
  },
  get svak() {
    return t("scenario.et_svakt_utfall");
  }
};
var nodesById = (def) => Object.fromEntries(def.nodes.map((n) => [n.id, n]));
function summarize6(def, a) {
  const nodes = nodesById(def);
  const path = Array.isArray(a.path) ? a.path : [];
  const valid = [def.start];
  if (path[0] === def.start) {
    for (const step of path.slice(1)) {
      const nexts = (nodes[valid[valid.length - 1]].choices || []).map((c) => c.next);
      if (typeof step === "string" && nexts.includes(step)) valid.push(step);
      else break;
    }
  }
  const at = nodes[valid[valid.length - 1]];
  const finished = at.ending !== void 0;
  return {
    steps: valid.length - 1,
    at: at.id,
    finished,
    ending: finished ? at.id : null,
    outcome: finished ? at.ending : null
  };
}
var endingsFound2 = (def, a) => endingsFound(def, a, summarize6(def, a).ending);
var foundText = (f) => t("scenario.av_utfall_funnet", { n: f.found.length, total: f.total });
var endingTitle = (node) => node.title || (node.ending ? OUTCOME_LABEL[node.ending] : "");
function tableRows6(def, a) {
  const nodes = nodesById(def);
  const path = Array.isArray(a.path) ? a.path : [];
  const rows = [["steg", "situasjon", "valg"]];
  path.forEach((id, i) => {
    const node = typeof id === "string" ? own(nodes, id) : void 0;
    if (!node) return;
    const choice = (node.choices || []).find((c) => c.next === path[i + 1]);
    const end = node.ending ? t("scenario.slutt", { endingTitle: endingTitle(node), toLowerCase: OUTCOME_LABEL[node.ending].toLowerCase() }) : "";
    rows.push([i + 1, node.text, choice ? choice.text : end]);
  });
  return rows;
}
function progress6(def, a) {
  const s = summarize6(def, a);
  const f = endingsFound2(def, a);
  const nodes = nodesById(def);
  const found = f.found.length ? ` (${foundText(f)})` : "";
  if (s.finished && s.ending) return t("scenario.fullfort", { endingTitle: endingTitle(nodes[s.ending]), found });
  return (s.steps ? t("scenario.valg_tatt", { steps: s.steps }) : t("scenario.ikke_startet")) + found;
}
function View6(def, getAnswers, setAnswers, host) {
  const nodes = nodesById(def);
  const history = h("ol", { class: "mvh-history", "aria-label": t("scenario.valgene_dine_sa_langt") });
  const stage = h("div", { class: "mvh-stage" });
  const controls = h("div", { class: "mvh-question-actions" });
  const root = h("div", { class: "mvh-scenario" }, [history, stage, controls]);
  let focusStage = false;
  const currentPath = () => {
    const path = getAnswers().path;
    const s = summarize6(def, getAnswers());
    return Array.isArray(path) && path[0] === def.start ? path.slice(0, s.steps + 1) : [def.start];
  };
  const go = (path) => {
    focusStage = true;
    const a = getAnswers();
    const last = nodes[path[path.length - 1]];
    const before = endingsFound2(def, a).found;
    const endings = last?.ending !== void 0 && !before.includes(last.id) ? [...before, last.id] : before;
    setAnswers(endings.length ? { ...a, path, endings } : { ...a, path });
  };
  function apply() {
    const path = currentPath();
    history.replaceChildren(
      ...path.slice(0, -1).map((id, i) => {
        const choice = (nodes[id].choices || []).find((c) => c.next === path[i + 1]);
        return h("li", {}, [
          h("span", { class: "mvh-history-situation", text: nodes[id].title || nodes[id].text }),
          h("br"),
          h("strong", { text: t("scenario.ditt_valg") }),
          choice ? choice.text : ""
        ]);
      })
    );
    history.hidden = path.length < 2;
    const node = nodes[path[path.length - 1]];
    const headingId = uid("node");
    const headingText = node.ending ? endingTitle(node) : node.title || t("scenario.situasjon", { n: path.length });
    const heading = h("h4", { id: headingId, tabindex: "-1" }, [headingText]);
    const parts = [heading];
    if (node.ending) {
      const f = endingsFound2(def, getAnswers());
      const more = f.found.length < f.total ? t("scenario.du_har_funnet_av_utfall", { n: f.found.length, total: f.total }) : t("scenario.du_har_funnet_alle_de", { total: f.total });
      parts.push(
        h("p", { class: `mvh-outcome mvh-outcome-${node.ending}` }, [
          h("strong", { class: "mvh-outcome-label", text: `${OUTCOME_LABEL[node.ending]}.` }),
          more
        ])
      );
    }
    parts.push(h("p", { text: node.text }));
    if (node.ending) {
      const link = chapterLink(host, node.chapter);
      if (link) parts.push(h("p", { class: "mvh-read-more" }, [link]));
    } else {
      const choices = (node.choices || []).map(
        (c) => button({ class: "mvh-btn mvh-choice-btn", "data-next": c.next, onclick: () => go([...path, c.next]) }, c.text)
      );
      parts.push(h("div", { class: "mvh-choices-list", role: "group", "aria-labelledby": headingId }, choices));
    }
    stage.replaceChildren(...parts);
    const first = path.length < 2 ? true : void 0;
    controls.replaceChildren(
      button(
        {
          class: "mvh-btn mvh-btn-small",
          "data-action": "back",
          disabled: first,
          onclick: () => go(path.slice(0, -1))
        },
        t("scenario.tilbake")
      ),
      button(
        { class: "mvh-btn mvh-btn-small", "data-action": "restart", disabled: first, onclick: () => go([def.start]) },
        t("scenario.start_pa_nytt")
      )
    );
    if (focusStage) {
      focusStage = false;
      heading.focus();
    }
  }
  return { root, apply };
}

// js/kinds/template.js
var template_exports = {};
__export(template_exports, {
  View: () => View7,
  progress: () => progress7,
  summarize: () => summarize7,
  tableRows: () => tableRows7
});
var BLANK_LINES = 5;
var CARDS = "mvh-matrix-cards";
function fieldFilled(field2, value) {
  switch (field2.type) {
    case "text":
    case "longtext":
    case "date":
      return text(value) !== "";
    case "choice":
      return field2.options.includes(
        /** @type {string} */
        value
      );
    case "checklist":
      return Array.isArray(value) && value.some((v) => field2.options.includes(v));
    default: {
      const m = asObject(value);
      return field2.rows.every((row) => field2.options.includes(own(m, row)));
    }
  }
}
function summarize7(def, a) {
  const values = asObject(a.fields);
  const fields = def.sections.flatMap((s) => s.fields);
  return { fields: fields.length, filled: fields.filter((f) => fieldFilled(f, own(values, f.id))).length };
}
function tableRows7(def, a) {
  const values = asObject(a.fields);
  const rows = [["del", "felt", "svar"]];
  for (const section of def.sections) {
    for (const f of section.fields) {
      const v = own(values, f.id);
      if (f.type === "matrix") {
        for (const row of f.rows) rows.push([section.title, `${f.label}: ${row}`, ownText(v, row)]);
      } else {
        rows.push([section.title, f.label, Array.isArray(v) ? v.join(", ") : typeof v === "string" ? v : ""]);
      }
    }
  }
  return rows;
}
function progress7(def, a) {
  const s = summarize7(def, a);
  return t("template.av_felt_fylt_ut", { filled: s.filled, fields: s.fields });
}
function View7(def, getAnswers, setAnswers) {
  const appliers = [];
  const hintId = uid("hint");
  const setField = (id, value) => {
    const a = getAnswers();
    const fields = { ...asObject(a.fields) };
    if (value === "" || value === void 0 || Array.isArray(value) && !value.length) delete fields[id];
    else put(fields, id, value);
    setAnswers({ ...a, fields });
  };
  const current = (id) => own(getAnswers().fields, id);
  const valueIn = (e) => (
    /** @type {HTMLInputElement} */
    e.target.value
  );
  function control(f) {
    const id = uid("f");
    const pv = h("div", { class: "mvh-print-only mvh-print-field" });
    const help = f.help ? h("p", { class: "mvh-hint", id: `${id}-help`, text: f.help }) : null;
    const typed = f.type === "text" || f.type === "longtext";
    const described = [f.help ? `${id}-help` : null, typed ? hintId : null].filter(Boolean).join(" ") || void 0;
    if (f.type === "matrix") return matrix(
      /** @type {NamedMatrix} */
      f,
      help
    );
    if (f.type === "text" || f.type === "longtext" || f.type === "date") {
      const long = f.type === "longtext";
      const el = (
        /** @type {HTMLInputElement} */
        h(long ? "textarea" : "input", {
          id,
          "data-field": f.id,
          "aria-describedby": described,
          rows: long ? 4 : void 0,
          type: long ? void 0 : f.type,
          [f.type === "date" ? "onchange" : "oninput"]: (e) => setField(f.id, valueIn(e))
        })
      );
      appliers.push(() => {
        const v = typeof current(f.id) === "string" ? current(f.id) : "";
        if (el.value !== v) el.value = v;
        const blank = long && !v.trim();
        pv.classList.toggle("mvh-print-lines", blank);
        if (blank) pv.replaceChildren(...Array.from({ length: BLANK_LINES }, () => h("span")));
        else pv.textContent = (f.type === "date" ? norwegianDate(v) : v) || " ";
      });
      return h("div", { class: "mvh-field" }, [h("label", { for: id, text: f.label }), help, el, pv]);
    }
    if (f.type === "choice") {
      const onchange = (e) => setField(f.id, valueIn(e));
      const el = select({ id, "data-field": f.id, "aria-describedby": described, onchange }, [
        h("option", { value: "", text: t("template.velg") }),
        ...f.options.map((o) => h("option", { value: o, text: o }))
      ]);
      appliers.push(() => {
        const v = current(f.id);
        el.value = f.options.includes(v) ? v : "";
        pv.textContent = el.value || " ";
      });
      return h("div", { class: "mvh-field" }, [h("label", { for: id, text: f.label }), help, el, pv]);
    }
    {
      const options = (
        /** @type {import("../core/types.js").ChecklistField} */
        f.options
      );
      const checked = () => boxes.filter((b) => b.checked).map((b) => b.value);
      const boxes = options.map(
        (o) => input({ type: "checkbox", value: o, "data-field": f.id, onchange: () => setField(f.id, checked()) })
      );
      const paper = h("ul", { class: "mvh-print-only mvh-print-checklist", "aria-hidden": "true" });
      appliers.push(() => {
        const v = Array.isArray(current(f.id)) ? current(f.id) : [];
        for (const b of boxes) b.checked = v.includes(b.value);
        paper.replaceChildren(...options.map((o) => h("li", { text: `${v.includes(o) ? "☒" : "☐"} ${o}` })));
      });
      const labels = boxes.map((b, i) => h("label", { class: "mvh-choice" }, [b, h("span", { text: options[i] })]));
      return h("fieldset", { class: "mvh-field", "aria-describedby": described }, [
        h("legend", { text: f.label }),
        help,
        h("div", { class: "mvh-checklist" }, labels),
        paper
      ]);
    }
  }
  function matrix(f, help) {
    const captionId = uid("cap");
    const grid = [];
    const marks = [];
    const rows = f.rows.map((row, ri) => {
      const name = uid("m");
      const rowHead = uid("mr");
      const inputs = f.options.map(
        (o) => input({
          type: "radio",
          name,
          value: o,
          "aria-labelledby": `${rowHead} ${captionId}-${f.options.indexOf(o)}`,
          "data-field": f.id,
          "data-row": String(ri),
          onchange: () => setField(f.id, { ...asObject(current(f.id)), [row]: o })
        })
      );
      grid.push(inputs);
      const rowMarks = inputs.map(() => h("span", { class: "mvh-print-only mvh-mark", "aria-hidden": "true" }));
      marks.push(rowMarks);
      return h("tr", {}, [
        h("th", { scope: "row", id: rowHead, text: row }),
        ...inputs.map(
          (el, i) => h("td", {}, [
            h("label", { class: "mvh-matrix-cell" }, [
              el,
              h("span", { class: "mvh-matrix-opt", "aria-hidden": "true", text: f.options[i] }),
              rowMarks[i]
            ])
          ])
        )
      ]);
    });
    const table = h("table", { class: "mvh-matrix", "aria-labelledby": captionId }, [
      h("thead", {}, [
        h("tr", {}, [
          h("th", { scope: "col", text: f.rowLabel || "" }),
          ...f.options.map((o) => h("th", { scope: "col", text: o }))
        ])
      ]),
      h("tbody", {}, rows)
    ]);
    const names = f.options.map(
      (o, i) => h("span", { id: `${captionId}-${i}`, class: "mvh-visually-hidden", text: o })
    );
    appliers.push(() => {
      const v = asObject(current(f.id));
      for (const [ri, row] of f.rows.entries()) {
        for (const [i, el] of grid[ri].entries()) {
          el.checked = own(v, row) === el.value;
          marks[ri][i].textContent = el.checked ? "✕" : "";
        }
      }
    });
    const wrap = h("div", { class: "mvh-matrix-wrap" }, [table]);
    fitMatrix(wrap, table);
    return h("div", { class: "mvh-field mvh-matrix-field" }, [
      h("p", { id: captionId, class: "mvh-matrix-label", text: f.label }),
      help,
      wrap,
      ...names
    ]);
  }
  function fitMatrix(wrap, table) {
    if (typeof ResizeObserver === "undefined") return;
    let width = -1;
    new ResizeObserver(() => {
      if (wrap.clientWidth === width) return;
      width = wrap.clientWidth;
      wrap.classList.remove(CARDS);
      if (table.scrollWidth > wrap.clientWidth + 1) wrap.classList.add(CARDS);
    }).observe(wrap);
  }
  const progressNode = progressLine();
  const root = h("div", { class: "mvh-template" }, [
    h("p", { class: "mvh-hint mvh-hint-strong", id: hintId, text: PRIVACY_HINT() }),
    ...def.sections.map(
      (sec) => h("section", { class: "mvh-section" }, [
        h("h4", { text: sec.title }),
        sec.intro ? h("p", { text: sec.intro }) : null,
        ...sec.fields.map(control)
      ])
    ),
    progressNode
  ]);
  function apply() {
    for (const f of appliers) f();
    const s = summarize7(def, getAnswers());
    progressNode.textContent = t("template.du_har_fylt_ut_av", { filled: s.filled, fields: s.fields });
  }
  return { root, apply };
}

// js/kinds/index.js
var KINDS = { rating: rating_exports, reflection: reflection_exports, likert: likert_exports, quiz: quiz_exports, scenario: scenario_exports, template: template_exports, evaluation: evaluation_exports };
function kindOf(def) {
  const kind = Object.hasOwn(KINDS, def.kind) ? KINDS[def.kind] : void 0;
  if (!kind) throw new Error(`no summary for kind ${def.kind}`);
  return kind;
}
var summarize8 = (def, answers) => kindOf(def).summarize(def, asObject(answers));
var answerTable = (def, answers) => Object.hasOwn(KINDS, def.kind) ? KINDS[def.kind].tableRows(def, asObject(answers)) : [];

// js/core/measure.js
var MAX_LABEL = 80;
var MAX_MEASUREMENTS = 100;
var DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
var supportsMeasurements = (def) => def.kind === "rating" || def.kind === "likert";
function isDate(v) {
  if (typeof v !== "string" || !DATE_PATTERN.test(v)) return false;
  const [y, m, d] = v.split("-").map(Number);
  const t2 = new Date(Date.UTC(y, m - 1, d));
  return t2.getUTCFullYear() === y && t2.getUTCMonth() === m - 1 && t2.getUTCDate() === d;
}
function today(now = /* @__PURE__ */ new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
function newMeasurementId() {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
function checkLabel(label) {
  const name = text(label);
  if (!name) throw new Error(t("measure.label_missing"));
  if (Array.from(name).length > MAX_LABEL) throw new Error(t("measure.label_too_long", { max: MAX_LABEL }));
  return name;
}
function newMeasurement(def, answers, response, label, date = today()) {
  const name = checkLabel(label);
  if (!isDate(date)) throw new Error(t("measure.date_invalid"));
  return {
    id: newMeasurementId(),
    label: name,
    date,
    version: def.version,
    response: typeof response === "string" ? response : "",
    saved: (/* @__PURE__ */ new Date()).toISOString(),
    answers: structuredClone(asObject(answers))
  };
}
function byCodePoint(a, b) {
  const x = Array.from(a, (c) => (
    /** @type {number} */
    c.codePointAt(0)
  ));
  const y = Array.from(b, (c) => (
    /** @type {number} */
    c.codePointAt(0)
  ));
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}
var field = (m, key) => {
  const v = own(m, key);
  return typeof v === "string" ? v : "";
};
function sortMeasurements(list) {
  return [...list].sort(
    (a, b) => byCodePoint(field(a, "date"), field(b, "date")) || byCodePoint(field(a, "saved"), field(b, "saved")) || byCodePoint(field(a, "id"), field(b, "id"))
  );
}
function mergeMeasurements(stored, incoming) {
  const byId = /* @__PURE__ */ new Map();
  for (const m of [...stored, ...incoming]) byId.set(field(m, "id"), m);
  return sortMeasurements([...byId.values()]);
}
var ratingsOf = (answers) => {
  const r = own(answers, "ratings");
  return isObject(r) ? r : {};
};
function change(b, a) {
  if (b === null && a === null) return "uendret";
  if (b === null) return "ny";
  if (a === null) return "borte";
  return a > b ? "bedre" : a < b ? "dårligere" : "uendret";
}
function skippedIds(known, sides) {
  const out = /* @__PURE__ */ new Set();
  for (const r of sides) {
    for (const [k, v] of Object.entries(r)) if (!known.has(k) && v !== null && v !== "") out.add(k);
  }
  return [...out].sort(byCodePoint);
}
var delta = (b, a) => b === null || a === null ? null : a - b;
function compareLikert(def, before, after) {
  const { min, max } = def.scale;
  const [rb, ra] = [ratingsOf(before.answers), ratingsOf(after.answers)];
  const score = (r, item) => {
    const v = own(r, item.id);
    if (!wholeNumber(v) || v < min || v > max) return null;
    return item.reverse ? min + max - v : v;
  };
  const [sb, sa] = [summarize8(def, { ratings: rb }), summarize8(def, { ratings: ra })];
  const items = [];
  const groups = [];
  const known = /* @__PURE__ */ new Set();
  for (const dim of def.dimensions) {
    for (const item of dim.items) {
      known.add(item.id);
      const [b, a] = [score(rb, item), score(ra, item)];
      if (b !== null || a !== null)
        items.push({ id: item.id, group: dim.id, before: b, after: a, change: change(b, a) });
    }
    const [db, da] = [sb.dimensions[dim.id], sa.dimensions[dim.id]];
    groups.push({
      id: dim.id,
      before: db.mean,
      after: da.mean,
      delta: delta(db.mean, da.mean),
      answered_before: db.answered,
      answered_after: da.answered
    });
  }
  return { kind: "likert", items, groups, skipped: skippedIds(known, [rb, ra]) };
}
function compareRating(def, before, after) {
  const scale = def.scale || [];
  const ids = scale.map((s) => s.id);
  const ranked = scale.filter((s) => s.ranked !== false).map((s) => s.id);
  const points = (v) => {
    const i = v === null ? -1 : ranked.indexOf(v);
    return i < 0 ? null : ranked.length - 1 - i;
  };
  const [rb, ra] = [ratingsOf(before.answers), ratingsOf(after.answers)];
  const value = (r, id) => {
    const v = own(r, id);
    return typeof v === "string" && ids.includes(v) ? v : null;
  };
  const items = [];
  const groups = [];
  const known = /* @__PURE__ */ new Set();
  for (const part of def.parts || []) {
    for (const theme of part.themes) {
      const pb = [];
      const pa = [];
      for (const item of theme.items) {
        known.add(item.id);
        const [b, a] = [value(rb, item.id), value(ra, item.id)];
        const [nb, na] = [points(b), points(a)];
        if (nb !== null) pb.push(nb);
        if (na !== null) pa.push(na);
        if (b !== null || a !== null) {
          items.push({ id: item.id, group: theme.id, before: b, after: a, change: change(nb, na) });
        }
      }
      const [mb, ma] = [mean(pb), mean(pa)];
      groups.push({
        id: theme.id,
        before: mb,
        after: ma,
        delta: delta(mb, ma),
        answered_before: pb.length,
        answered_after: pa.length
      });
    }
  }
  return { kind: "rating", items, groups, skipped: skippedIds(known, [rb, ra]) };
}
function compareMeasurements(def, before, after) {
  const [b, a] = [asObject(before), asObject(after)];
  const sides = (
    /** @type {[Side, Side]} */
    [
      { version: b.version, answers: b.answers },
      { version: a.version, answers: a.answers }
    ]
  );
  if (def.kind === "likert") return compareLikert(def, ...sides);
  if (def.kind === "rating") return compareRating(def, ...sides);
  throw new Error(`no measurements for kind ${def.kind}`);
}
var NAMED_MEANS = 3;
function measurementSummary(def, m) {
  const answers = asObject(own(m, "answers"));
  if (def.kind === "rating") {
    const s = summarize8(def, answers);
    const counts = (def.scale || []).filter((e) => s.total[e.id] > 0).map((e) => `${e.label.toLocaleLowerCase("nb")} ${s.total[e.id]}`);
    const head = t("measure.av_mal_vurdert", { answered: s.answered, items: s.items });
    return counts.length ? `${head}: ${counts.join(", ")}` : head;
  }
  if (def.kind === "likert") {
    const s = summarize8(def, answers);
    const head = t("measure.av_utsagn_besvart", { answered: s.answered, items: s.items });
    const withMean = def.dimensions.filter((d) => s.dimensions[d.id].mean !== null);
    if (!withMean.length) return head;
    if (withMean.length > NAMED_MEANS)
      return t("measure.snitt_i_av_dimensjoner", { head, n: withMean.length, n2: def.dimensions.length });
    return t("measure.snitt", {
      head,
      join: withMean.map((d) => `${d.title} ${formatMean(s.dimensions[d.id].mean)}`).join(", ")
    });
  }
  return "";
}

// js/core/exchange.js
var EXPORT_FORMAT = "metodeveilederhandboka-svar";
var WORKBOOK_FORMAT = "metodeveilederhandboka-arbeidsbok";
var MAX_IMPORT_BYTES = 1024 * 1024;
function newResponseId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
var SINGLE_FIELDS = {
  format: "text",
  instrument: "text",
  version: "version",
  title: "text",
  response: "response",
  exported: "text",
  answers: "answers",
  measurements: "measurements"
};
var REQUIRED = ["instrument", "version", "answers"];
var MEASUREMENT_FIELDS = {
  id: "measurementId",
  label: "label",
  date: "date",
  version: "version",
  response: "response",
  saved: "text",
  answers: "answers"
};
var MAX_DEPTH = 10;
var WANTED = {
  get text() {
    return t("exchange.vaere_tekst");
  },
  get version() {
    return t("exchange.vaere_et_helt_tall_fra");
  },
  get response() {
    return t("exchange.vaere_en_svar_id_bokstaver");
  },
  get answers() {
    return t("exchange.vaere_et_objekt_med_svar");
  },
  get list() {
    return t("exchange.vaere_en_liste");
  },
  get measurements() {
    return t("exchange.vaere_en_liste_med_hoyst", { MAX_MEASUREMENTS });
  },
  get measurementId() {
    return t("exchange.vaere_en_malings_id_16");
  },
  get label() {
    return t("exchange.vaere_et_navn_pa_1", { MAX_LABEL });
  },
  get date() {
    return t("exchange.vaere_en_dato_skrevet_som");
  }
};
function fits(type, value) {
  if (type === "text") return typeof value === "string";
  if (type === "version") return Number.isSafeInteger(value) && /** @type {number} */
  value >= 1;
  if (type === "response") return typeof value === "string" && /^[A-Za-z0-9_-]{0,64}$/.test(value);
  if (type === "answers") return true;
  if (type === "measurements") return Array.isArray(value) && value.length <= MAX_MEASUREMENTS;
  if (type === "measurementId") return typeof value === "string" && /^[0-9a-f]{16}$/.test(value);
  if (type === "label") return typeof value === "string" && text(value) !== "" && Array.from(value).length <= MAX_LABEL;
  if (type === "date") return isDate(value);
  return Array.isArray(value);
}
function checkMeasurements(def, list, where = "") {
  if (list.length && !supportsMeasurements(def)) return t("exchange.filen_har_malinger_til_som", { title: def.title });
  const ids = /* @__PURE__ */ new Set();
  for (const [i, m] of list.entries()) {
    const which = t("exchange.maling_i_filen", { x: i + 1, where });
    if (!isObject(m)) return t("exchange.har_feil_format", { which });
    const wrong = checkFields(
      m,
      MEASUREMENT_FIELDS,
      Object.keys(MEASUREMENT_FIELDS).filter((k) => k !== "response")
    );
    if (wrong) return `${which} ${wrong}`;
    if (ids.has(m.id)) return t("exchange.har_samme_id_som_en", { which });
    ids.add(m.id);
    const err = checkAnswers(def, m.answers);
    if (err) return t("exchange.svarene_i_maling_har_feil", { x: i + 1, where, echo: echo(m.label), err });
  }
  return "";
}
function nesting(value, limit2 = MAX_DEPTH) {
  let deepest = 0;
  const stack = [[value, 1]];
  while (stack.length) {
    const [v, d] = (
      /** @type {[unknown, number]} */
      stack.pop()
    );
    if (typeof v !== "object" || v === null) continue;
    if (d > deepest) deepest = d;
    if (deepest > limit2) break;
    for (const x of Object.values(v)) stack.push([x, d + 1]);
  }
  return deepest;
}
function checkFields(data, fields, required) {
  const extra = Object.keys(data).find((k) => !Object.hasOwn(fields, k));
  if (extra !== void 0) {
    return t("exchange.har_feltet_som_denne_versjonen", { echo: echo(extra) });
  }
  const missing = required.find((k) => !Object.hasOwn(data, k));
  if (missing !== void 0) return t("exchange.mangler_feltet", { missing });
  for (const [name, type] of Object.entries(fields)) {
    if (Object.hasOwn(data, name) && !fits(type, data[name]))
      return t("exchange.har_feltet_som_skal", { name, WANTED: WANTED[type] });
  }
  return "";
}
var refused = (name, text2) => new Error(name ? t("exchange.ble_ikke_importert", { echo: echo(name), text: text2 }) : text2);
function parseImport(def, raw, name = "") {
  let data;
  try {
    data = JSON.parse(raw);
  } catch {
    throw refused(
      name,
      looksLikeCsv(raw, name) ? t("exchange.dette_er_en_csv_fil") : t("exchange.filen_er_ikke_en_gyldig_2")
    );
  }
  if (isObject(data) && data.format === WORKBOOK_FORMAT) {
    throw refused(name, t("exchange.dette_er_en_fil_fra"));
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    throw refused(name, t("exchange.filen_ser_ikke_ut_som_2"));
  }
  if (nesting(data) > MAX_DEPTH) {
    throw refused(name, t("exchange.filen_har_for_mange_nivaer_2"));
  }
  if (data.instrument !== def.id) {
    const named = typeof data.title === "string" && data.title.trim() && data.title !== def.title;
    const title = named ? data.title : data.instrument;
    const other = typeof title === "string" ? t("exchange.ovelsen", { echo: echo(title, 100) }) : t("exchange.en_annen_ovelse");
    throw refused(name, t("exchange.filen_er_fra_ikke_fra", { other, title: def.title, title2: def.title }));
  }
  const wrong = checkFields(data, SINGLE_FIELDS, ["format", ...REQUIRED]);
  if (wrong) throw refused(name, t("exchange.filen_2", { wrong }));
  const err = checkAnswers(def, data.answers);
  if (err) throw refused(name, t("exchange.filen_har_svar_i_feil", { err }));
  const bad = checkMeasurements(def, data.measurements || []);
  if (bad) throw refused(name, bad);
  return data;
}
function looksBinary(raw) {
  for (const c of raw.slice(0, 4096)) {
    const n = c.charCodeAt(0);
    if (n < 32 && !"	\n\v\f\r".includes(c) || n === 65533) return true;
  }
  return false;
}
function looksLikeCsv(raw, name) {
  if (/\.csv$/i.test(name)) return true;
  if (looksBinary(raw)) return false;
  const first = raw.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0];
  return first.includes(";") && !/^\s*[[{]/.test(first);
}
function leaves(value, at, out) {
  if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) leaves(v, at ? `${at}\0${k}` : k, out);
  } else if (value !== "" && value !== null && value !== void 0 && !(Array.isArray(value) && !value.length)) {
    out.set(at, JSON.stringify(value));
  }
  return out;
}
function replacedCount(current, incoming) {
  const now = leaves(current, "", /* @__PURE__ */ new Map());
  const next = leaves(incoming, "", /* @__PURE__ */ new Map());
  let count = 0;
  for (const [k, v] of now) if (next.get(k) !== v) count += 1;
  return count;
}
var forFile = (measurements) => measurements.map(({ response: _earlier, ...m }) => m);
function exportData(def, answers, response = newResponseId(), measurements = []) {
  const data = {
    format: EXPORT_FORMAT,
    instrument: def.id,
    version: def.version,
    title: def.title,
    // A random id per set of answers, so a team view counts the same response once.
    response,
    exported: (/* @__PURE__ */ new Date()).toISOString(),
    answers
  };
  return measurements.length ? { ...data, measurements: forFile(measurements) } : data;
}

// js/core/table.js
function cell(value) {
  let s = value == null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}
function toCsv(rows) {
  return `\uFEFF${rows.map((r) => r.map(cell).join(";")).join("\r\n")}\r
`;
}

// js/ui/controls.js
function messageLine() {
  const message2 = h("div", { class: "mvh-message", role: "status", "aria-live": "polite" });
  const alert = h("div", { class: "mvh-alert", role: "alert" });
  const say = (text2, kind) => {
    (kind === "error" ? alert : message2).textContent = text2;
    (kind === "error" ? message2 : alert).textContent = "";
  };
  return { message: message2, alert, say };
}
function fileButton({ multiple = false, onFiles }) {
  const el = (
    /** @type {HTMLInputElement} */
    h("input", {
      type: "file",
      accept: ".json,application/json",
      multiple: multiple || void 0,
      class: "mvh-file",
      tabindex: "-1",
      "aria-hidden": "true"
    })
  );
  el.addEventListener("change", () => {
    const files = Array.from(el.files || []);
    el.value = "";
    if (files.length) onFiles(files);
  });
  return { el, open: () => el.click() };
}
function readFile(file, maxBytes, tooBig, refuse, use) {
  if (file.size === 0) return refuse(t("controls.filen_er_tom_ingenting_er"));
  if (file.size > maxBytes) return refuse(tooBig);
  file.text().then(use, () => refuse(t("controls.filen_kunne_ikke_leses_ingenting")));
}
function clearMessagesNear(from) {
  for (let node = from.parentElement; node; node = node.parentElement) {
    const lines = node.querySelectorAll(":scope > .mvh-message, :scope > .mvh-alert");
    if (lines.length) {
      for (const line of Array.from(lines)) line.textContent = "";
      return;
    }
  }
}
function questionBox({ action, yes, groupLabel, back }) {
  const text2 = h("p", { class: "mvh-confirm-question" });
  const confirmYes = h(
    "button",
    { type: "button", class: "mvh-btn mvh-btn-danger", "data-action": `confirm-${action}` },
    [yes]
  );
  const confirmNo = h("button", { type: "button", class: "mvh-btn", "data-action": `cancel-${action}` }, [
    t("controls.avbryt")
  ]);
  const box = h("div", { class: "mvh-confirm", hidden: true, role: "group", "aria-label": groupLabel }, [
    text2,
    h("div", { class: "mvh-confirm-buttons" }, [confirmNo, confirmYes])
  ]);
  let onYes = null;
  const close = () => {
    box.hidden = true;
    onYes = null;
    back()?.focus();
  };
  box.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !box.hidden) {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  });
  confirmNo.addEventListener("click", close);
  confirmYes.addEventListener("click", () => {
    const run = onYes;
    close();
    run?.();
  });
  const ask = (question, then) => {
    clearMessagesNear(box);
    text2.textContent = question;
    onYes = then;
    box.hidden = false;
    confirmNo.focus();
  };
  return { box, ask, close, isOpen: () => !box.hidden };
}
function confirmAction({ label, action, question, yes, groupLabel, onYes }) {
  const trigger = h("button", { type: "button", class: "mvh-btn mvh-btn-danger", "data-action": action }, [label]);
  const q = questionBox({ action, yes, groupLabel, back: () => trigger });
  trigger.addEventListener("click", () => q.ask(question, onYes));
  return { trigger, box: q.box };
}

// js/ui/measurements.js
var MONTHS = () => t("measurements.months").split(" ");
function dateInWords(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])}. ${MONTHS()[Number(m[2]) - 1] || m[2]} ${m[1]}` : iso;
}
var NOW = "naa";
function signed(d) {
  if (d === null) return "–";
  const text2 = formatMean(Math.abs(d));
  return d > 0 ? `+${text2}` : d < 0 ? `−${text2}` : text2;
}
function titles(def) {
  const groups = /* @__PURE__ */ new Map();
  const items = /* @__PURE__ */ new Map();
  if (def.kind === "likert") {
    for (const d of def.dimensions) {
      groups.set(d.id, d.title);
      for (const i of d.items) items.set(i.id, i.text);
    }
  } else if (def.kind === "rating") {
    for (const p of def.parts)
      for (const t2 of p.themes) {
        groups.set(t2.id, `${t2.id} ${t2.title}`);
        for (const i of t2.items) items.set(i.id, `${i.id} ${i.text}`);
      }
  }
  return { groups, items };
}
function groupScale(def) {
  if (def.kind === "likert") return { min: def.scale.min, max: def.scale.max };
  const ranked = def.kind === "rating" ? def.scale.filter((s) => (
    /** @type {any} */
    s.ranked !== false
  )).length : 2;
  return { min: 0, max: Math.max(1, ranked - 1) };
}
function ratingUnit(def, max) {
  const ranked = def.kind === "rating" ? def.scale.filter((s) => (
    /** @type {any} */
    s.ranked !== false
  )) : [];
  const best = ranked[0]?.label.toLocaleLowerCase("nb") || "best";
  const worst = ranked.at(-1)?.label.toLocaleLowerCase("nb") || t("measurements.darligst");
  return t("measurements.snittpoeng_fra_0_til", { worst, max, best });
}
function answerText(def, side) {
  const ratings = side.answers && typeof side.answers.ratings === "object" ? side.answers.ratings || {} : {};
  if (def.kind === "likert") {
    const { min, labels } = def.scale;
    return (id) => {
      const v = Object.hasOwn(ratings, id) ? ratings[id] : null;
      return typeof v === "number" ? labels[v - min] || String(v) : "–";
    };
  }
  const names = new Map(def.kind === "rating" ? def.scale.map((s) => [s.id, s.label]) : []);
  return (id) => {
    const v = Object.hasOwn(ratings, id) ? ratings[id] : null;
    return typeof v === "string" ? names.get(v) || v : "–";
  };
}
var FONT2 = 14;
var LINE2 = 17;
var BAR2 = 12;
function beforeAfterBars({ rows, min, max, title, beforeName, afterName }) {
  const valueW = 48;
  const barW = WIDTH - valueW - 2;
  const nodes = [];
  let y = 0;
  const at = (v) => Math.max(1, barW * (v - min) / (max - min));
  for (const row of rows) {
    const lines = wrapWords(row.label, Math.floor(WIDTH / (FONT2 * 0.56)));
    const label = chartText({ x: 0, y: y + FONT2 }, "");
    lines.forEach((line, i) => {
      const span = svg("tspan", { x: 0, dy: i === 0 ? 0 : LINE2, class: "nohighlight" });
      span.textContent = line;
      label.append(span);
    });
    nodes.push(label);
    y += lines.length * LINE2 + 3;
    for (
      const [value, cls] of
      /** @type {[number|null, string][]} */
      [
        [row.before, "mvh-bar-before"],
        [row.after, "mvh-bar-after"]
      ]
    ) {
      nodes.push(svg("rect", { x: 1, y, width: barW, height: BAR2, class: "mvh-bar mvh-v-ubesvart" }));
      if (value !== null) nodes.push(svg("rect", { x: 1, y, width: at(value), height: BAR2, class: `mvh-bar ${cls}` }));
      nodes.push(chartText({ x: barW + 8, y: y + 11 }, formatMean(value)));
      y += BAR2 + 3;
    }
    y += 9;
  }
  const key = [
    ["mvh-bar-before", beforeName],
    ["mvh-bar-after", afterName]
  ];
  for (const [cls, name] of key) {
    nodes.push(svg("rect", { x: 1, y: y + 2, width: 12, height: 12, class: `mvh-bar ${cls}` }));
    nodes.push(chartText({ x: 20, y: y + 13 }, name, 44));
    y += LINE2 + 4;
  }
  const chart = chartSvg(WIDTH, Math.ceil(y + 4), title);
  chart.classList.add("mvh-measure-chart");
  chart.append(...nodes);
  return chart;
}
function comparisonView(def, before, after) {
  const cmp = compareMeasurements(def, before, after);
  const { groups, items } = titles(def);
  const { min, max } = groupScale(def);
  const reversed = new Set(
    def.kind === "likert" ? def.dimensions.flatMap((d) => d.items.filter((i) => i.reverse).map((i) => i.id)) : []
  );
  const was = answerText(def, before);
  const is = answerText(def, after);
  const word = def.kind === "likert" ? t("measurements.dimensjon") : t("measurements.tema");
  const words = def.kind === "likert" ? t("measurements.dimensjoner") : "temaer";
  const unit = def.kind === "likert" ? t("measurements.snitt_pa_skalaen", { min, max }) : ratingUnit(def, max);
  const shown = cmp.groups.filter((g) => g.before !== null || g.after !== null);
  const left = cmp.groups.length - shown.length;
  const title = t("measurements.for_og_etter_per_og", {
    toLowerCase: word.toLowerCase(),
    name: before.name,
    name2: after.name,
    unit
  });
  const chart = shown.length ? beforeAfterBars({
    rows: shown.map((g) => ({ label: groups.get(g.id) || g.id, before: g.before, after: g.after })),
    min,
    max,
    title,
    beforeName: t("measurements.for_2", { name: before.name }),
    afterName: t("measurements.etter_2", { name: after.name })
  }) : null;
  const table = h("table", { class: "mvh-table mvh-measure-table" }, [
    h("caption", { text: t("measurements.for_etter_tallene_er", { name: before.name, name2: after.name, unit }) }),
    h("thead", {}, [
      headRow([
        word,
        t("measurements.for"),
        t("measurements.etter"),
        t("measurements.endring"),
        t("measurements.besvart_for"),
        t("measurements.besvart_etter")
      ])
    ]),
    h(
      "tbody",
      {},
      shown.map(
        (g) => h("tr", { "data-group": g.id }, [
          h("th", { scope: "row", text: groups.get(g.id) || g.id }),
          h("td", { "data-col": "before", text: formatMean(g.before) }),
          h("td", { "data-col": "after", text: formatMean(g.after) }),
          h("td", { "data-col": "delta", text: signed(g.delta) }),
          h("td", { "data-col": "answered-before", text: String(g.answered_before) }),
          h("td", { "data-col": "answered-after", text: String(g.answered_after) })
        ])
      )
    )
  ]);
  const leftLine = left ? h("p", {
    class: "mvh-muted mvh-measure-left",
    text: t("measurements.uten_svar_i_noen_av", { left, x: left === 1 ? word.toLowerCase() : words })
  }) : null;
  const itemsWith = (change2) => cmp.items.filter((i) => i.change === change2);
  const list = (name, change2, intro) => {
    const found = itemsWith(change2);
    if (!found.length) return null;
    const turned = (change2 === "bedre" || change2 === "dårligere") && found.some((i) => reversed.has(i.id));
    const note = turned ? t("measurements.noen_av_utsagnene_er_snudd") : intro;
    return h("div", { class: "mvh-measure-changes", "data-change": change2 }, [
      h("h5", { text: `${name} (${found.length})` }),
      note ? h("p", { class: "mvh-muted", text: note }) : null,
      h(
        "ul",
        {},
        found.map(
          (i) => h("li", { "data-item": i.id }, [
            `${items.get(i.id) || i.id} `,
            h("span", { class: "mvh-measure-values", text: `${was(i.id)} → ${is(i.id)}` })
          ])
        )
      )
    ]);
  };
  const same2 = itemsWith("uendret").length;
  const lists = [
    list(t("measurements.bedre"), "bedre", ""),
    list(t("measurements.darligere_2"), "dårligere", ""),
    list(t("measurements.nye_svar"), "ny", t("measurements.besvart_na_men_ikke_for")),
    list(t("measurements.ikke_besvart_na"), "borte", t("measurements.besvart_for_men_ikke_na")),
    cmp.skipped.length ? h("div", { class: "mvh-measure-changes", "data-change": "skipped" }, [
      h("h5", { text: t("measurements.kunne_ikke_sammenlignes", { n: cmp.skipped.length }) }),
      h("p", {
        class: "mvh-muted",
        text: t("measurements.disse_svarene_er_fra_en")
      }),
      h(
        "ul",
        {},
        cmp.skipped.map((id) => h("li", { "data-item": id, text: id }))
      )
    ]) : null
  ];
  const sameLine = h("p", {
    class: "mvh-measure-same",
    text: cmp.items.length === 0 ? t("measurements.ingen_av_de_to_har") : same2 === cmp.items.length ? t("measurements.alle_svarene_er_like_i") : t("measurements.svar_er_uendret", { same: same2 })
  });
  return {
    comparison: cmp,
    root: h("div", { class: "mvh-measure-result" }, [
      chart ? h("figure", { class: "mvh-measure-figure" }, [chart]) : null,
      shown.length ? scrollBox(table, t("measurements.for_og_etter_per", { toLowerCase: word.toLowerCase() })) : null,
      leftLine,
      sameLine,
      ...lists
    ])
  };
}
function measurementsView({ def, model, getAnswers }) {
  const headingId = uid("maal");
  const message2 = h("div", { class: "mvh-measure-message", role: "status", "aria-live": "polite" });
  const alert = h("div", { class: "mvh-measure-alert", role: "alert" });
  const say = (text2, kind) => {
    (kind === "error" ? alert : message2).textContent = text2;
    (kind === "error" ? message2 : alert).textContent = "";
  };
  const current = () => {
    const list2 = model.get("measurements");
    return Array.isArray(list2) ? list2 : [];
  };
  const store = (next) => {
    model.set("measurements", sortMeasurements(next));
    model.save_changes();
    const failed = model.get("measurements_failed");
    if (failed !== void 0) return failed || null;
    const storage = model.get("storage");
    return !(storage && storage.ok === false) ? null : storage.reason;
  };
  const tell = (reason, done) => {
    if (!reason) return say(done, "ok");
    say(
      reason === "quota" ? t("measurements.nettleseren_har_ikke_mer_plass") : t("measurements.nettleseren_lot_ikke_boka_lagre"),
      "error"
    );
  };
  const labelId = uid("maal-navn");
  const dateId = uid("maal-dato");
  const suggestion = (date) => t("measurements.maling", { dateInWords: dateInWords(date) });
  const labelInput = input({
    type: "text",
    id: labelId,
    maxlength: 80,
    class: "mvh-measure-label",
    autocomplete: "off"
  });
  const dateInput = input({ type: "date", id: dateId, class: "mvh-measure-date", autocomplete: "off", required: true });
  let suggested = true;
  labelInput.addEventListener("input", () => {
    suggested = labelInput.value === "" || labelInput.value === suggestion(dateInput.value);
  });
  dateInput.addEventListener("change", () => {
    if (suggested && isDate(dateInput.value)) labelInput.value = suggestion(dateInput.value);
  });
  const resetForm = () => {
    dateInput.value = today();
    labelInput.value = suggestion(dateInput.value);
    suggested = true;
  };
  function save() {
    const date = dateInput.value;
    if (!isDate(date)) {
      dateInput.focus();
      return say(t("measurements.skriv_en_dato_for_malingen"), "error");
    }
    const answers = getAnswers();
    if (!hasContent(answers)) return say(t("measurements.det_er_ingen_svar_a"), "error");
    const response = model.get("response_id") || newResponseId();
    let m;
    try {
      m = newMeasurement(def, answers, response, labelInput.value.trim() || suggestion(date), date);
    } catch (err) {
      labelInput.focus();
      return say(
        /** @type {Error} */
        err.message,
        "error"
      );
    }
    model.set("response_id", newResponseId());
    const failed = store([...current(), m]);
    resetForm();
    showList();
    openCompareDefault();
    tell(failed, t("measurements.malingen_er_lagret_svarene_dine", { label: m.label }));
  }
  labelInput.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      save();
    }
  });
  const saveButton = button(
    { class: "mvh-btn mvh-btn-primary", "data-action": "measure-save", onclick: save },
    t("measurements.lagre_som_maling")
  );
  const form = h(
    "div",
    { class: "mvh-measure-new mvh-measure-controls", role: "group", "aria-label": t("measurements.ny_maling") },
    [
      h("div", { class: "mvh-measure-field" }, [
        h("label", { for: labelId, text: t("measurements.navn_pa_malingen") }),
        labelInput
      ]),
      h("div", { class: "mvh-measure-field" }, [h("label", { for: dateId, text: t("measurements.dato") }), dateInput]),
      saveButton
    ]
  );
  const list = h("ol", { class: "mvh-measure-list", tabindex: "-1", "aria-labelledby": headingId });
  const empty = h("p", {
    class: "mvh-measure-empty",
    text: t("measurements.du_har_ingen_malinger_enna")
  });
  let deleting = (
    /** @type {HTMLElement|null} */
    null
  );
  const deleteBox = questionBox({
    action: "delete-measurement",
    yes: t("measurements.ja_slett_malingen"),
    groupLabel: t("measurements.bekreft_sletting_av_maling"),
    back: () => deleting?.isConnected ? deleting : list
  });
  function askDelete(m, trigger) {
    deleting = trigger;
    say("", "ok");
    deleteBox.ask(
      t("measurements.vil_du_slette_malingen_det", { label: m.label, norwegianDate: norwegianDate(m.date) }),
      () => {
        const failed = store(current().filter((x) => x.id !== m.id));
        showList();
        refreshCompare();
        list.focus();
        tell(failed, t("measurements.malingen_er_slettet", { label: m.label }));
      }
    );
  }
  function startRename(m, li, renameButton) {
    const fieldId = uid("maal-nytt-navn");
    const field2 = input({ type: "text", id: fieldId, value: m.label, maxlength: 80, autocomplete: "off" });
    const done = () => {
      box.remove();
      li.classList.remove("mvh-renaming");
      renameButton.focus();
    };
    const apply = () => {
      const label = field2.value.trim();
      if (!label) return say(t("measurements.navnet_kan_ikke_vaere_tomt"), "error");
      if (label === m.label) return done();
      const failed = store(current().map((x) => x.id === m.id ? { ...x, label } : x));
      showList();
      refreshCompare();
      const again = list.querySelector(`li[data-measurement="${CSS.escape(m.id)}"] [data-action="measure-rename"]`);
      if (again instanceof HTMLElement) again.focus();
      tell(failed, t("measurements.malingen_heter_na", { label }));
    };
    field2.addEventListener("keydown", (e) => {
      if (e.key === "Enter") {
        e.preventDefault();
        apply();
      } else if (e.key === "Escape") {
        e.preventDefault();
        e.stopPropagation();
        done();
      }
    });
    const box = h(
      "div",
      { class: "mvh-measure-rename mvh-measure-controls", role: "group", "aria-label": t("measurements.nytt_navn") },
      [
        h("label", { for: fieldId, text: t("measurements.nytt_navn") }),
        field2,
        button(
          { class: "mvh-btn mvh-btn-small", "data-action": "measure-rename-save", onclick: apply },
          t("measurements.lagre_navnet")
        ),
        button(
          { class: "mvh-btn mvh-btn-small", "data-action": "measure-rename-cancel", onclick: done },
          t("measurements.avbryt")
        )
      ]
    );
    li.classList.add("mvh-renaming");
    li.append(box);
    field2.focus();
    field2.select();
  }
  function showList() {
    const all = current();
    empty.hidden = all.length > 0;
    list.hidden = all.length === 0;
    list.replaceChildren(
      ...all.map((m) => {
        const li = h("li", { "data-measurement": m.id });
        const rename = button(
          {
            class: "mvh-btn mvh-btn-small",
            "data-action": "measure-rename",
            "aria-label": t("measurements.gi_nytt_navn_til", { label: m.label })
          },
          t("measurements.gi_nytt_navn")
        );
        rename.addEventListener("click", () => {
          if (!li.classList.contains("mvh-renaming")) startRename(m, li, rename);
        });
        const del = button(
          {
            class: "mvh-btn mvh-btn-small mvh-btn-danger",
            "data-action": "measure-delete",
            "aria-label": t("measurements.slett_malingen", { label: m.label })
          },
          t("measurements.slett")
        );
        del.addEventListener("click", () => askDelete(m, del));
        const older = m.version !== def.version ? t("measurements.fra_versjon_av_ovelsen", { version: m.version }) : "";
        li.append(
          h("div", { class: "mvh-measure-item" }, [
            h("span", { class: "mvh-measure-when", text: norwegianDate(m.date) }),
            h("span", { class: "mvh-measure-name", text: m.label }),
            h("span", { class: "mvh-measure-summary", text: `${measurementSummary(def, m)}${older}` })
          ]),
          h("div", { class: "mvh-measure-actions mvh-measure-controls" }, [rename, del])
        );
        return li;
      })
    );
  }
  const beforeId = uid("maal-for");
  const afterId = uid("maal-etter");
  const beforeSelect = select({ id: beforeId, "data-side": "before" }, []);
  const afterSelect = select({ id: afterId, "data-side": "after" }, []);
  const result = h("div", { class: "mvh-measure-compare-result", "aria-live": "polite" });
  let open = false;
  function fillSelect(sel, value) {
    const options = [
      ...current().slice().reverse().map((m) => h("option", { value: m.id, text: `${m.label} (${norwegianDate(m.date)})` })),
      h("option", { value: NOW, text: t("measurements.svarene_na") })
    ];
    sel.replaceChildren(...options);
    sel.value = options.some((o) => o.getAttribute("value") === value) ? value : NOW;
  }
  function defaults() {
    const all = current();
    if (all.length >= 2) return [all[all.length - 2].id, all[all.length - 1].id];
    return [all.length ? all[0].id : NOW, NOW];
  }
  function side(value) {
    const m = current().find((x) => x.id === value);
    if (m) return { version: m.version, answers: m.answers, name: m.label };
    return { version: def.version, answers: getAnswers(), name: t("measurements.svarene_na") };
  }
  function compare() {
    if (beforeSelect.value === afterSelect.value) {
      result.replaceChildren(h("p", { class: "mvh-muted", text: t("measurements.velg_to_ulike_a_sammenligne") }));
    } else {
      result.replaceChildren(comparisonView(def, side(beforeSelect.value), side(afterSelect.value)).root);
    }
    open = true;
  }
  function refreshCompare() {
    const enough = current().length > 0;
    compareBox.hidden = !enough;
    const [b, a] = defaults();
    fillSelect(beforeSelect, beforeSelect.value || b);
    fillSelect(afterSelect, afterSelect.value || a);
    if (!enough) {
      open = false;
      result.replaceChildren();
    } else if (open) compare();
  }
  function openCompareDefault() {
    const [b, a] = defaults();
    fillSelect(beforeSelect, b);
    fillSelect(afterSelect, a);
    compareBox.hidden = current().length === 0;
    if (open) compare();
  }
  for (const sel of [beforeSelect, afterSelect]) sel.addEventListener("change", () => open && compare());
  const compareButton = button(
    { class: "mvh-btn", "data-action": "measure-compare", onclick: compare },
    t("measurements.sammenlign")
  );
  const compareBox = h("div", { class: "mvh-measure-compare", hidden: true }, [
    h("h5", { text: t("measurements.sammenlign") }),
    h(
      "div",
      {
        class: "mvh-measure-pick mvh-measure-controls",
        role: "group",
        "aria-label": t("measurements.velg_hva_du_vil_sammenligne")
      },
      [
        h("div", { class: "mvh-measure-field" }, [
          h("label", { for: beforeId, text: t("measurements.for") }),
          beforeSelect
        ]),
        h("div", { class: "mvh-measure-field" }, [
          h("label", { for: afterId, text: t("measurements.etter") }),
          afterSelect
        ]),
        compareButton
      ]
    ),
    result
  ]);
  const recovered = model.get("measurements_recovery");
  const root = h("section", { class: "mvh-measure", "aria-labelledby": headingId, "data-measure": def.id }, [
    h("h4", { id: headingId, text: t("measurements.malinger") }),
    h("p", {
      class: "mvh-measure-intro",
      text: t("measurements.en_maling_er_en_datert")
    }),
    recovered ? h("p", {
      class: "mvh-measure-alert",
      text: recovered.backedUp ? t("measurements.noen_lagrede_malinger_kunne_ikke_2") : t("measurements.noen_lagrede_malinger_kunne_ikke")
    }) : null,
    form,
    empty,
    list,
    deleteBox.box,
    compareBox,
    message2,
    alert
  ]);
  resetForm();
  showList();
  openCompareDefault();
  const onChange = () => {
    showList();
    refreshCompare();
  };
  model.on("change:measurements", onChange);
  return {
    root,
    /** The answers changed: an open comparison with "Svarene nå" follows them. */
    apply: () => {
      if (open && (beforeSelect.value === NOW || afterSelect.value === NOW)) compare();
    },
    list: current,
    dispose: () => model.off("change:measurements", onChange)
  };
}

// js/ui/notices.js
var STORAGE_TEXT = {
  get held() {
    return t("notices.svarene_dine_lagres_ikke_enna");
  },
  get quota() {
    return t("notices.nettleseren_har_ikke_mer_plass");
  },
  get unavailable() {
    return t("notices.nettleseren_lar_ikke_denne_siden");
  }
};
var SAVE_FAILED_TEXT = {
  get quota() {
    return t("notices.ikke_lagret_nettleseren_har_ikke");
  },
  get unavailable() {
    return t("notices.ikke_lagret_nettleseren_lar_ikke");
  },
  get held() {
    return t("notices.ikke_lagret_enna_last_forst");
  }
};
var savedAgainText = () => t("notices.svarene_lagres_i_nettleseren_igjen");
var deletedText = (dropped) => t("notices.svarene_i_denne_ovelsen_er", { x: dropped ? t("notices.det_du_skrev_na_er") : "" });
function recoveryText(recovery) {
  const parts = t("notices.parts", { n: recovery.dropped });
  const what = recovery.readable ? t("notices.noe_av_det_som_var", { dropped: recovery.dropped, parts }) : t("notices.det_som_var_lagret_for");
  const kept = recovery.backedUp ? t("notices.det_som_var_lagret_er") : t("notices.nettleseren_har_ikke_plass_til");
  return what + kept;
}
function notices(model, def) {
  const storage = h("div", { class: "mvh-notice", hidden: true });
  const recovery = model.get("recovery");
  const migratedFrom = model.get("migrated_from");
  const recoveryNotice = recovery ? h("div", { class: "mvh-notice", role: "alert", "data-notice": "recovery" }, [
    h("p", { text: recoveryText(recovery) }),
    h(
      "button",
      {
        type: "button",
        class: "mvh-btn mvh-btn-small",
        "data-action": "download-backup",
        onclick: () => {
          download(`${def.id}-sikkerhetskopi.txt`, recovery.raw, "text/plain;charset=utf-8");
          if (!recovery.released) {
            model.set("recovery", { ...recovery, released: true });
            model.save_changes();
          }
        }
      },
      [t("notices.last_ned_det_som_var")]
    )
  ]) : null;
  const migration = migratedFrom !== null && migratedFrom !== void 0 ? h("p", {
    class: "mvh-info",
    "data-notice": "migrated",
    text: t("notices.ovelsen_er_oppdatert_siden_du", { migratedFrom, version: def.version })
  }) : null;
  function showStorage() {
    const state = model.get("storage");
    if (state && state.ok === false) {
      storage.hidden = false;
      storage.textContent = state.reason === "held" || state.reason === "quota" ? STORAGE_TEXT[
        /** @type {"held"|"quota"} */
        state.reason
      ] : STORAGE_TEXT.unavailable;
    } else {
      storage.hidden = true;
      storage.textContent = "";
    }
  }
  return { storage, recovery: recoveryNotice, migration, showStorage };
}

// js/ui/print.js
var PRINT_ONE = "mvh-print-one";
var PRINT_TARGET = "mvh-print-target";
var PRINT_PATH = "mvh-print-path";
function pathTo(section) {
  const path = [];
  for (let el = section.parentElement; el && el !== document.documentElement; el = el.parentElement) path.push(el);
  return path;
}
function printSection(section) {
  const root = document.documentElement;
  const path = pathTo(section);
  const done = () => {
    root.classList.remove(PRINT_ONE);
    section.classList.remove(PRINT_TARGET);
    for (const el of path) el.classList.remove(PRINT_PATH);
    window.removeEventListener("afterprint", done);
  };
  for (const el of Array.from(document.querySelectorAll(`.${PRINT_TARGET}, .${PRINT_PATH}`))) {
    el.classList.remove(PRINT_TARGET, PRINT_PATH);
  }
  window.addEventListener("afterprint", done);
  root.classList.add(PRINT_ONE);
  section.classList.add(PRINT_TARGET);
  for (const el of path) el.classList.add(PRINT_PATH);
  window.print();
}

// js/ui/frame.js
var PRIVACY_BOOK = () => t("frame.svarene_lagres_bare_i_denne_2");
var PRIVACY_BOOK_SHORT = () => t("frame.svarene_lagres_bare_i_denne");
var PRIVACY_JUPYTER = () => t("frame.svarene_ligger_i_denne_notatboken");
var PRIVACY_PAGE = "personvern.html";
var PRIVACY_LINK_TEXT = () => t("frame.les_mer_om_personvern");
var privacyShown = () => typeof document !== "undefined" && document.querySelector(".mvh-privacy:not(.mvh-privacy-short)") !== null;
var clock = (d) => `${String(d.getHours()).padStart(2, "0")}.${String(d.getMinutes()).padStart(2, "0")}`;
var CONTROLS = "input, textarea, select";
function render({ model, el }) {
  const lang = model.get("lang");
  if (typeof lang === "string" && lang) setLanguage(lang);
  else followPage();
  const def = model.get("definition");
  const getAnswers = () => {
    const a = model.get("answers");
    return isObject(a) ? a : {};
  };
  let lastSaved = (
    /** @type {Date|null} */
    null
  );
  const setAnswers = (next) => {
    const active2 = document.activeElement;
    const deletedBefore = model.get("deleted");
    model.set("answers", next);
    model.save_changes();
    const storage = model.get("storage");
    if (storage && storage.ok === false) {
      saveFailed(storage.reason, active2 instanceof HTMLElement && section.contains(active2) ? active2 : null);
    } else if (model.get("deleted") === deletedBefore) {
      lastSaved = /* @__PURE__ */ new Date();
      saveWorked();
    } else {
      lastSaved = null;
      savedLine.textContent = "";
    }
    showSaved();
  };
  const found = Object.hasOwn(KINDS, def.kind) ? KINDS[def.kind] : void 0;
  if (!found) {
    el.replaceChildren(h("p", { class: "mvh-alert", text: t("frame.ukjent_ovelsestype", { kind: def.kind }) }));
    return () => {
    };
  }
  const kind = found;
  const titleId = uid("title");
  const { message: message2, alert, say } = messageLine();
  const notice = notices(model, def);
  const savedLine = h("p", { class: "mvh-saved", role: "status", "aria-live": "polite" });
  const host = { inBook: model.get("host") === "book" };
  const body = kind.View(def, getAnswers, setAnswers, host);
  const measure = supportsMeasurements(def) ? measurementsView({ def, model, getAnswers }) : null;
  const measurementsNow = () => measure ? measure.list() : [];
  function showSaved() {
    const storage = model.get("storage");
    let text2 = "";
    if (storage && storage.ok === false) {
      text2 = t("frame.svarene_er_ikke_lagret_eksporter");
    } else if (lastSaved) {
      const time = clock(lastSaved);
      text2 = storage ? t("frame.lagret_i_nettleseren_kl", { time }) : t("frame.oppdatert_kl", { time });
    } else {
      const at = model.get("saved_at");
      const time = typeof at === "string" ? new Date(at) : null;
      text2 = time && !Number.isNaN(time.getTime()) && hasContent(getAnswers()) ? t("frame.sist_lagret", { savedAt: savedAt(time) }) : "";
    }
    if (savedLine.textContent !== text2) savedLine.textContent = text2;
  }
  function showStorage() {
    notice.showStorage();
    if (model.get("storage")?.ok !== false) saveWorked();
    showSaved();
  }
  const fieldNote = h("p", {
    class: "mvh-notice mvh-field-note",
    id: uid("unsaved"),
    "data-notice": "save-failed"
  });
  let failedReason = (
    /** @type {string|null} */
    null
  );
  let described = (
    /** @type {HTMLElement|null} */
    null
  );
  let onlyHere = false;
  const askBeforeLeaving = (e) => {
    e.preventDefault();
    e.returnValue = "";
  };
  function setOnlyHere(value) {
    if (value === onlyHere) return;
    onlyHere = value;
    if (value) window.addEventListener("beforeunload", askBeforeLeaving);
    else window.removeEventListener("beforeunload", askBeforeLeaving);
  }
  function undescribe() {
    if (!described) return;
    const ids = (described.getAttribute("aria-describedby") || "").split(" ").filter((x) => x && x !== fieldNote.id);
    if (ids.length) described.setAttribute("aria-describedby", ids.join(" "));
    else described.removeAttribute("aria-describedby");
    described = null;
  }
  function saveFailed(reason, active2) {
    if (!hasContent(getAnswers())) {
      undescribe();
      fieldNote.remove();
      setOnlyHere(false);
      return;
    }
    const text2 = Object.hasOwn(SAVE_FAILED_TEXT, reason) ? SAVE_FAILED_TEXT[
      /** @type {keyof typeof SAVE_FAILED_TEXT} */
      reason
    ] : SAVE_FAILED_TEXT.unavailable;
    fieldNote.textContent = text2;
    if (active2?.matches(CONTROLS)) {
      const group = active2.matches("textarea, input[type=text]") ? null : active2.closest(".mvh-field, fieldset, li");
      if (group && section.contains(group)) group.append(fieldNote);
      else active2.after(fieldNote);
      if (described !== active2) {
        undescribe();
        const ids = (active2.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
        active2.setAttribute("aria-describedby", [...ids, fieldNote.id].join(" "));
        described = active2;
      }
    } else if (!fieldNote.isConnected) {
      savedLine.before(fieldNote);
    }
    if (failedReason !== reason) say(text2, "error");
    failedReason = reason;
    setOnlyHere(hasContent(getAnswers()));
  }
  function saveWorked() {
    undescribe();
    fieldNote.remove();
    if (failedReason !== null) {
      failedReason = null;
      say(savedAgainText(), "ok");
    }
    setOnlyHere(false);
  }
  const baseName = () => `${def.id}-${fileStamp(/* @__PURE__ */ new Date())}`;
  function exportJson() {
    let response = model.get("response_id");
    if (!response) {
      response = newResponseId();
      model.set("response_id", response);
      model.save_changes();
    }
    const data = exportData(def, getAnswers(), response, measurementsNow());
    download(`${baseName()}.json`, JSON.stringify(data, null, 2), "application/json");
    setOnlyHere(false);
    say(t("frame.svarene_er_lastet_ned_som_2"), "ok");
  }
  function exportCsv() {
    download(`${baseName()}.csv`, toCsv(answerTable(def, getAnswers())), "text/csv;charset=utf-8");
    setOnlyHere(false);
    say(t("frame.svarene_er_lastet_ned_som"), "ok");
  }
  function importText(file, raw) {
    let data;
    try {
      data = parseImport(def, raw, file.name);
    } catch (err) {
      say(t("frame.ingenting_er_endret", { message: (
        /** @type {Error} */
        err.message
      ) }), "error");
      return;
    }
    model.refresh?.();
    const replaced = replacedCount(getAnswers(), data.answers);
    const incoming = measure && Array.isArray(data.measurements) ? data.measurements : [];
    const mine = new Map(measurementsNow().map((m) => [m.id, JSON.stringify(m)]));
    const replacedMeasurements = incoming.filter(
      (m) => mine.has(m.id) && mine.get(m.id) !== JSON.stringify(m)
    ).length;
    if (replaced === 0 && replacedMeasurements === 0) return useImport(file, data);
    const what = replaced === 1 ? t("frame.1_av_svarene") : t("frame.av_svarene", { replaced });
    const answersPart = replaced ? t("frame.filen_har_andre_svar_enn", { name: file.name, progress: kind.progress(def, getAnswers()), what }) : t("frame.filen_har_de_samme_svarene", { name: file.name });
    const measurePart = incoming.length ? t("frame.filen_har_de_legges_til", {
      x: incoming.length === 1 ? t("frame.1_maling") : t("frame.malinger", { n: incoming.length }),
      x2: replacedMeasurements ? t("frame.og_blir_erstattet_av_filens", {
        x: replacedMeasurements === 1 ? t("frame.1_av_malingene_dine") : t("frame.av_malingene_dine", { replacedMeasurements })
      }) : ". "
    }) : "";
    importBox.ask(
      t("frame.det_kan_ikke_angres_vil", { answersPart, measurePart }),
      () => useImport(
        file,
        /** @type {Record<string, any>} */
        data
      )
    );
  }
  function useImport(file, data) {
    try {
      model.refresh?.();
      model.set("response_id", typeof data.response === "string" ? data.response : "");
      const incoming = measure && Array.isArray(data.measurements) ? data.measurements : [];
      if (incoming.length) model.set("measurements", mergeMeasurements(measurementsNow(), incoming));
      setAnswers(data.answers);
      body.apply();
      const other = data.version !== def.version ? t("frame.filen_er_fra_versjon_av", { version: data.version }) : "";
      const count = incoming.length ? t("frame.er_med", {
        x: incoming.length === 1 ? t("frame.1_maling") : t("frame.malinger", { n: incoming.length })
      }) : "";
      say(t("frame.svarene_er_importert_fra", { name: file.name, count, other }), "ok");
    } catch (err) {
      say(t("frame.ingenting_er_endret", { message: (
        /** @type {Error} */
        err.message
      ) }), "error");
    }
  }
  const tooBig = t("frame.filen_er_storre_enn_1");
  const refuse = (text2) => say(text2, "error");
  const importButton = button(
    { class: "mvh-btn", "data-action": "import", onclick: () => fileInput.open() },
    t("frame.importer_fra_fil")
  );
  const importBox = questionBox({
    action: "import",
    yes: t("frame.ja_importer_og_erstatt"),
    groupLabel: t("frame.bekreft_import"),
    back: () => importButton
  });
  const fileInput = fileButton({
    onFiles: ([file]) => readFile(file, MAX_IMPORT_BYTES, tooBig, refuse, (raw) => importText(file, raw))
  });
  const reset = confirmAction({
    label: t("frame.nullstill"),
    action: "reset",
    yes: t("frame.ja_slett_svarene"),
    groupLabel: t("frame.bekreft_nullstilling"),
    question: t("frame.vil_du_slette_alle_svarene", { x: measure ? t("frame.malingene_dine_blir_liggende") : "" }),
    onYes: () => {
      if (typeof model.forget === "function") model.forget();
      model.set("response_id", "");
      setAnswers({});
      showStorage();
      setOnlyHere(false);
      body.apply();
      say(t("frame.alle_svarene_i_denne_ovelsen"), "ok");
    }
  });
  const toolbar = h("div", { class: "mvh-toolbar", role: "group", "aria-label": t("frame.lagre_dele_og_skrive_ut") }, [
    button({ class: "mvh-btn", "data-action": "export-json", onclick: exportJson }, t("frame.eksporter_json")),
    button({ class: "mvh-btn", "data-action": "export-csv", onclick: exportCsv }, t("frame.eksporter_csv")),
    importButton,
    button({ class: "mvh-btn", "data-action": "print", onclick: () => printSection(section) }, t("frame.skriv_ut")),
    reset.trigger,
    fileInput.el
  ]);
  const short = host.inBook && privacyShown();
  const privacyNote = h(
    "p",
    { class: short ? "mvh-privacy mvh-privacy-short" : "mvh-privacy" },
    host.inBook ? [
      `${short ? PRIVACY_BOOK_SHORT() : PRIVACY_BOOK()} `,
      h("a", { href: PRIVACY_PAGE, class: "mvh-privacy-link", text: PRIVACY_LINK_TEXT() }),
      "."
    ] : [PRIVACY_JUPYTER()]
  );
  const section = h("section", { class: "mvh", "aria-labelledby": titleId, "data-kind": def.kind }, [
    h("h3", { class: "mvh-title", id: titleId, text: def.title }),
    def.intro ? h("p", { class: "mvh-intro", text: def.intro }) : null,
    privacyNote,
    notice.storage,
    notice.recovery,
    notice.migration,
    body.root,
    savedLine,
    toolbar,
    reset.box,
    importBox.box,
    message2,
    alert,
    measure ? measure.root : null,
    def.source ? h("p", { class: "mvh-source", text: t("frame.kilde", { source: def.source }) }) : null
  ]);
  for (const control of Array.from(section.querySelectorAll(CONTROLS))) control.setAttribute("autocomplete", "off");
  el.replaceChildren(section);
  body.apply();
  showStorage();
  const onAnswers = () => {
    body.apply();
    measure?.apply();
  };
  const onStorage = () => showStorage();
  const onRecovery = () => {
    if (!model.get("recovery")) notice.recovery?.remove();
    if (model.get("migrated_from") == null) notice.migration?.remove();
  };
  const onDeleted = (e) => {
    if (!e.new) return;
    setOnlyHere(false);
    body.apply();
    say(deletedText(e.new.dropped), e.new.dropped ? "error" : "ok");
  };
  const onShow = () => body.apply();
  model.on("change:answers", onAnswers);
  model.on("change:storage", onStorage);
  model.on("change:recovery", onRecovery);
  model.on("change:migrated_from", onRecovery);
  model.on("change:deleted", onDeleted);
  window.addEventListener("pageshow", onShow);
  return () => {
    model.off("change:answers", onAnswers);
    model.off("change:storage", onStorage);
    model.off("change:recovery", onRecovery);
    model.off("change:migrated_from", onRecovery);
    model.off("change:deleted", onDeleted);
    window.removeEventListener("pageshow", onShow);
    measure?.dispose();
    setOnlyHere(false);
  };
}

// js/widget.js
var widget_default = { render };
export {
  widget_default as default
};

/**
 * International bodies, agencies and a few national institutions that news names often, with
 * their names as the press writes them in each language (original case). Names written in
 * capitals ('UNHCR', 'FN', 'ONU') are acronyms and match case-sensitively; the others match
 * folded. The ids are language-independent, so 'UN', 'FN', 'UNO' and 'ONU' are one body.
 */

type Lang = 'en' | 'sv' | 'de' | 'es' | 'fr';

export const organizations: readonly { id: string; names: Readonly<Record<Lang, readonly string[]>> }[] = [
  // ── United Nations system ─────────────────────────────────────────────────────────────
  {
    id: 'un',
    names: {
      en: ['UN', 'U.N.', 'United Nations'],
      sv: ['FN', 'FN:s', 'Förenta nationerna', 'Förenta Nationerna'],
      de: ['UNO', 'UN', 'Vereinte Nationen', 'Vereinten Nationen'],
      es: ['ONU', 'Naciones Unidas'],
      fr: ['ONU', 'Nations unies', 'Nations Unies'],
    },
  },
  {
    id: 'un_security_council',
    names: {
      en: ['UN Security Council', 'U.N. Security Council', 'Security Council', 'United Nations Security Council'],
      sv: ['FN:s säkerhetsråd', 'Säkerhetsrådet', 'säkerhetsrådet'],
      de: ['UN-Sicherheitsrat', 'Sicherheitsrat', 'Weltsicherheitsrat'],
      es: ['Consejo de Seguridad', 'Consejo de Seguridad de la ONU', 'Consejo de Seguridad de Naciones Unidas'],
      fr: ['Conseil de sécurité', "Conseil de sécurité de l'ONU", 'Conseil de sécurité des Nations unies'],
    },
  },
  {
    id: 'un_general_assembly',
    names: {
      en: ['UN General Assembly', 'U.N. General Assembly', 'General Assembly'],
      sv: ['FN:s generalförsamling', 'Generalförsamlingen', 'generalförsamlingen'],
      de: ['UN-Vollversammlung', 'UN-Generalversammlung', 'Vollversammlung', 'Generalversammlung'],
      es: ['Asamblea General', 'Asamblea General de la ONU', 'Asamblea General de Naciones Unidas'],
      fr: ['Assemblée générale', "Assemblée générale de l'ONU", 'Assemblée générale des Nations unies'],
    },
  },
  {
    id: 'unhcr',
    names: {
      en: [
        'UNHCR',
        'U.N. High Commissioner for Refugees',
        'UN High Commissioner for Refugees',
        'United Nations High Commissioner for Refugees',
        'UN refugee agency',
        'U.N. refugee agency',
      ],
      sv: ['UNHCR', 'UNHCR:s', 'FN:s flyktingorgan', 'FN:s flyktingkommissarie', 'FN:s flyktingkommissariat'],
      de: [
        'UNHCR',
        'UN-Flüchtlingshilfswerk',
        'UNO-Flüchtlingshilfswerk',
        'Flüchtlingshilfswerk der Vereinten Nationen',
        'UN-Flüchtlingskommissariat',
      ],
      es: [
        'ACNUR',
        'Acnur',
        'Alto Comisionado de las Naciones Unidas para los Refugiados',
        'Alto Comisionado de la ONU para los Refugiados',
        'agencia de la ONU para los refugiados',
      ],
      fr: [
        'HCR',
        'UNHCR',
        'Haut Commissariat des Nations unies pour les réfugiés',
        'Haut-Commissariat des Nations unies pour les réfugiés',
        "Haut-Commissariat de l'ONU pour les réfugiés",
        'agence des Nations unies pour les réfugiés',
      ],
    },
  },
  {
    id: 'unicef',
    names: {
      en: ['UNICEF', 'Unicef', "United Nations Children's Fund", "UN children's agency"],
      sv: ['UNICEF', 'Unicef', 'FN:s barnfond'],
      de: ['UNICEF', 'Unicef', 'UN-Kinderhilfswerk', 'Kinderhilfswerk der Vereinten Nationen'],
      es: ['UNICEF', 'Unicef', 'Fondo de las Naciones Unidas para la Infancia'],
      fr: ['UNICEF', 'Unicef', "Fonds des Nations unies pour l'enfance"],
    },
  },
  {
    id: 'who',
    names: {
      en: ['WHO', 'World Health Organization', 'World Health Organisation'],
      sv: ['WHO', 'WHO:s', 'Världshälsoorganisationen'],
      de: ['WHO', 'Weltgesundheitsorganisation'],
      es: ['OMS', 'Organización Mundial de la Salud'],
      fr: ['OMS', 'Organisation mondiale de la santé', 'Organisation mondiale de la Santé'],
    },
  },
  {
    id: 'wfp',
    names: {
      en: ['WFP', 'World Food Programme', 'World Food Program', 'UN food agency'],
      sv: ['WFP', 'FN:s livsmedelsprogram', 'Världslivsmedelsprogrammet'],
      de: ['WFP', 'Welternährungsprogramm', 'UN-Welternährungsprogramm'],
      es: ['PMA', 'Programa Mundial de Alimentos'],
      fr: ['PAM', 'Programme alimentaire mondial'],
    },
  },
  {
    id: 'iom',
    names: {
      en: ['IOM', 'International Organization for Migration', 'UN migration agency'],
      sv: ['IOM', 'Internationella organisationen för migration', 'FN:s migrationsorgan'],
      de: ['IOM', 'Internationale Organisation für Migration'],
      es: ['OIM', 'Organización Internacional para las Migraciones'],
      fr: ['OIM', 'Organisation internationale pour les migrations'],
    },
  },
  {
    id: 'ohchr',
    names: {
      en: [
        'OHCHR',
        'UN human rights office',
        'U.N. human rights office',
        'Office of the UN High Commissioner for Human Rights',
        'UN High Commissioner for Human Rights',
      ],
      sv: ['OHCHR', 'FN:s människorättskontor', 'FN:s högkommissarie för mänskliga rättigheter'],
      de: ['OHCHR', 'UN-Menschenrechtsbüro', 'UN-Hochkommissariat für Menschenrechte', 'UN-Menschenrechtskommissar'],
      es: ['ACNUDH', 'Oficina del Alto Comisionado de la ONU para los Derechos Humanos', 'Alto Comisionado de la ONU para los Derechos Humanos'],
      fr: ['HCDH', "Haut-Commissariat aux droits de l'homme", "Haut-Commissariat de l'ONU aux droits de l'homme"],
    },
  },
  {
    id: 'un_human_rights_council',
    names: {
      en: ['UN Human Rights Council', 'U.N. Human Rights Council', 'Human Rights Council', 'UNHRC'],
      sv: ['FN:s råd för mänskliga rättigheter', 'MR-rådet'],
      de: ['UN-Menschenrechtsrat', 'Menschenrechtsrat'],
      es: ['Consejo de Derechos Humanos', 'Consejo de Derechos Humanos de la ONU'],
      fr: ["Conseil des droits de l'homme", "Conseil des droits de l'homme de l'ONU"],
    },
  },
  {
    id: 'unrwa',
    names: {
      en: ['UNRWA', 'UN agency for Palestinian refugees'],
      sv: ['UNRWA', 'FN:s hjälporganisation för palestinska flyktingar'],
      de: ['UNRWA', 'UN-Palästinenserhilfswerk', 'Palästinenserhilfswerk'],
      es: ['UNRWA', 'Agencia de la ONU para los Refugiados Palestinos'],
      fr: ['UNRWA', "Office de secours et de travaux des Nations unies pour les réfugiés de Palestine"],
    },
  },
  {
    id: 'ocha',
    names: {
      en: ['OCHA', 'UN Office for the Coordination of Humanitarian Affairs', 'UN humanitarian office', 'U.N. humanitarian office'],
      sv: ['OCHA', 'FN:s kontor för samordning av humanitära frågor', 'FN:s humanitära kontor'],
      de: ['OCHA', 'UN-Nothilfebüro', 'UN-Büro für humanitäre Angelegenheiten'],
      es: ['OCHA', 'Oficina de Coordinación de Asuntos Humanitarios', 'Oficina de la ONU para la Coordinación de Asuntos Humanitarios'],
      fr: ['OCHA', 'Bureau de la coordination des affaires humanitaires', "Bureau de coordination des affaires humanitaires de l'ONU"],
    },
  },
  {
    id: 'undp',
    names: {
      en: ['UNDP', 'UN Development Programme', 'United Nations Development Programme'],
      sv: ['UNDP', 'FN:s utvecklingsprogram'],
      de: ['UNDP', 'UN-Entwicklungsprogramm', 'Entwicklungsprogramm der Vereinten Nationen'],
      es: ['PNUD', 'Programa de las Naciones Unidas para el Desarrollo'],
      fr: ['PNUD', 'Programme des Nations unies pour le développement'],
    },
  },
  {
    id: 'unesco',
    names: {
      en: ['UNESCO', 'Unesco'],
      sv: ['UNESCO', 'Unesco'],
      de: ['UNESCO', 'Unesco'],
      es: ['UNESCO', 'Unesco'],
      fr: ['UNESCO', 'Unesco'],
    },
  },
  {
    id: 'fao',
    names: {
      en: ['FAO', 'Food and Agriculture Organization'],
      sv: ['FAO', 'FN:s livsmedels- och jordbruksorganisation'],
      de: ['FAO', 'Welternährungsorganisation', 'Ernährungs- und Landwirtschaftsorganisation'],
      es: ['FAO', 'Organización de las Naciones Unidas para la Alimentación y la Agricultura'],
      fr: ['FAO', "Organisation des Nations unies pour l'alimentation et l'agriculture"],
    },
  },
  {
    id: 'ilo',
    names: {
      en: ['ILO', 'International Labour Organization', 'International Labor Organization'],
      sv: ['ILO', 'Internationella arbetsorganisationen'],
      de: ['ILO', 'IAO', 'Internationale Arbeitsorganisation'],
      es: ['OIT', 'Organización Internacional del Trabajo'],
      fr: ['OIT', 'Organisation internationale du travail', 'Organisation internationale du Travail'],
    },
  },
  {
    id: 'iaea',
    names: {
      en: ['IAEA', 'International Atomic Energy Agency'],
      sv: ['IAEA', 'Internationella atomenergiorganet'],
      de: ['IAEA', 'IAEO', 'Internationale Atomenergiebehörde', 'Internationalen Atomenergiebehörde'],
      es: ['OIEA', 'Organismo Internacional de Energía Atómica'],
      fr: ['AIEA', "Agence internationale de l'énergie atomique"],
    },
  },
  {
    id: 'icj',
    names: {
      en: ['ICJ', 'International Court of Justice', 'World Court'],
      sv: ['ICJ', 'Internationella domstolen'],
      de: ['IGH', 'Internationaler Gerichtshof', 'Internationale Gerichtshof', 'Internationalen Gerichtshof'],
      es: ['CIJ', 'Corte Internacional de Justicia'],
      fr: ['CIJ', 'Cour internationale de justice', 'Cour internationale de Justice'],
    },
  },

  // ── Other international bodies ───────────────────────────────────────────────────────
  {
    id: 'red_cross',
    names: {
      en: [
        'Red Cross',
        'International Committee of the Red Cross',
        'ICRC',
        'Red Crescent',
        'International Federation of Red Cross and Red Crescent Societies',
        'IFRC',
      ],
      sv: ['Röda korset', 'Röda Korset', 'Internationella rödakorskommittén', 'ICRC', 'Röda halvmånen', 'Röda Halvmånen'],
      de: [
        'Rotes Kreuz',
        'Roten Kreuz',
        'Roten Kreuzes',
        'Internationales Komitee vom Roten Kreuz',
        'IKRK',
        'Roter Halbmond',
        'Roten Halbmond',
      ],
      es: ['Cruz Roja', 'Comité Internacional de la Cruz Roja', 'CICR', 'Media Luna Roja'],
      fr: ['Croix-Rouge', 'Croix Rouge', 'Comité international de la Croix-Rouge', 'CICR', 'Croissant-Rouge'],
    },
  },
  {
    id: 'icc',
    names: {
      en: ['ICC', 'International Criminal Court'],
      sv: ['ICC', 'Internationella brottmålsdomstolen'],
      de: ['IStGH', 'Internationaler Strafgerichtshof', 'Internationale Strafgerichtshof', 'Internationalen Strafgerichtshof'],
      es: ['CPI', 'Corte Penal Internacional'],
      fr: ['CPI', 'Cour pénale internationale'],
    },
  },
  {
    id: 'nato',
    names: {
      en: ['NATO', 'Nato', 'North Atlantic Treaty Organization'],
      sv: ['Nato', 'NATO', 'Natos'],
      de: ['NATO', 'Nato', 'Nordatlantikpakt', 'Atlantische Bündnis'],
      es: ['OTAN', 'Organización del Tratado del Atlántico Norte'],
      fr: ['OTAN', 'Otan', "Organisation du traité de l'Atlantique nord"],
    },
  },
  {
    id: 'imf',
    names: {
      en: ['IMF', 'International Monetary Fund'],
      sv: ['IMF', 'IMF:s', 'Internationella valutafonden', 'Valutafonden'],
      de: ['IWF', 'Internationaler Währungsfonds', 'Internationale Währungsfonds', 'Internationalen Währungsfonds'],
      es: ['FMI', 'Fondo Monetario Internacional'],
      fr: ['FMI', 'Fonds monétaire international'],
    },
  },
  {
    id: 'world_bank',
    names: {
      en: ['World Bank'],
      sv: ['Världsbanken'],
      de: ['Weltbank'],
      es: ['Banco Mundial'],
      fr: ['Banque mondiale'],
    },
  },
  {
    id: 'wto',
    names: {
      en: ['WTO', 'World Trade Organization'],
      sv: ['WTO', 'Världshandelsorganisationen'],
      de: ['WTO', 'Welthandelsorganisation'],
      es: ['OMC', 'Organización Mundial del Comercio'],
      fr: ['OMC', 'Organisation mondiale du commerce'],
    },
  },
  {
    id: 'oecd',
    names: {
      en: ['OECD', 'Organisation for Economic Co-operation and Development'],
      sv: ['OECD'],
      de: ['OECD', 'Organisation für wirtschaftliche Zusammenarbeit und Entwicklung'],
      es: ['OCDE', 'Organización para la Cooperación y el Desarrollo Económicos'],
      fr: ['OCDE', 'Organisation de coopération et de développement économiques'],
    },
  },
  {
    id: 'opec',
    names: {
      en: ['OPEC', 'Opec', 'Organization of the Petroleum Exporting Countries'],
      sv: ['Opec', 'OPEC'],
      de: ['Opec', 'OPEC', 'Organisation erdölexportierender Länder'],
      es: ['OPEP', 'Organización de Países Exportadores de Petróleo'],
      fr: ['OPEP', 'Opep', 'Organisation des pays exportateurs de pétrole'],
    },
  },
  {
    id: 'g7',
    names: {
      en: ['G7', 'G-7', 'Group of Seven'],
      sv: ['G7', 'G7-länderna'],
      de: ['G7', 'G-7', 'G7-Staaten'],
      es: ['G7', 'G-7', 'Grupo de los Siete'],
      fr: ['G7', 'G-7', 'groupe des Sept'],
    },
  },
  {
    id: 'g20',
    names: {
      en: ['G20', 'G-20', 'Group of 20'],
      sv: ['G20', 'G20-länderna'],
      de: ['G20', 'G-20', 'G20-Staaten'],
      es: ['G20', 'G-20', 'Grupo de los 20'],
      fr: ['G20', 'G-20', 'groupe des Vingt'],
    },
  },
  {
    id: 'interpol',
    names: {
      en: ['Interpol'],
      sv: ['Interpol'],
      de: ['Interpol'],
      es: ['Interpol'],
      fr: ['Interpol'],
    },
  },
  {
    id: 'african_union',
    names: {
      en: ['African Union', 'AU'],
      sv: ['Afrikanska unionen', 'AU'],
      de: ['Afrikanische Union', 'Afrikanischen Union', 'AU'],
      es: ['Unión Africana', 'UA'],
      fr: ['Union africaine', 'UA'],
    },
  },
  {
    id: 'oas',
    names: {
      en: ['OAS', 'Organization of American States'],
      sv: ['OAS', 'Amerikanska samarbetsorganisationen'],
      de: ['OAS', 'Organisation Amerikanischer Staaten'],
      es: ['OEA', 'Organización de los Estados Americanos', 'Organización de Estados Americanos'],
      fr: ['OEA', 'Organisation des États américains'],
    },
  },
  {
    id: 'asean',
    names: {
      en: ['ASEAN', 'Asean', 'Association of Southeast Asian Nations'],
      sv: ['ASEAN', 'Asean', 'Sydostasiatiska nationers förbund'],
      de: ['ASEAN', 'Asean', 'Verband Südostasiatischer Nationen'],
      es: ['ASEAN', 'Asociación de Naciones del Sudeste Asiático'],
      fr: ['ASEAN', 'Asean', "Association des nations de l'Asie du Sud-Est"],
    },
  },
  {
    id: 'arab_league',
    names: {
      en: ['Arab League', 'League of Arab States'],
      sv: ['Arabförbundet', 'Arabiska ligan'],
      de: ['Arabische Liga', 'Arabischen Liga'],
      es: ['Liga Árabe'],
      fr: ['Ligue arabe'],
    },
  },
  {
    id: 'mercosur',
    names: {
      en: ['Mercosur'],
      sv: ['Mercosur'],
      de: ['Mercosur'],
      es: ['Mercosur', 'Mercado Común del Sur'],
      fr: ['Mercosur'],
    },
  },
  {
    id: 'osce',
    names: {
      en: ['OSCE', 'Organization for Security and Co-operation in Europe'],
      sv: ['OSSE', 'Organisationen för säkerhet och samarbete i Europa'],
      de: ['OSZE', 'Organisation für Sicherheit und Zusammenarbeit in Europa'],
      es: ['OSCE', 'Organización para la Seguridad y la Cooperación en Europa'],
      fr: ['OSCE', 'Organisation pour la sécurité et la coopération en Europe'],
    },
  },
  {
    id: 'council_of_europe',
    names: {
      en: ['Council of Europe'],
      sv: ['Europarådet'],
      de: ['Europarat'],
      es: ['Consejo de Europa'],
      fr: ["Conseil de l'Europe"],
    },
  },
  {
    id: 'echr',
    names: {
      en: ['European Court of Human Rights', 'ECHR', 'ECtHR'],
      sv: ['Europadomstolen', 'Europeiska domstolen för de mänskliga rättigheterna'],
      de: ['Europäischer Gerichtshof für Menschenrechte', 'EGMR'],
      es: ['Tribunal Europeo de Derechos Humanos', 'TEDH'],
      fr: ["Cour européenne des droits de l'homme", 'CEDH'],
    },
  },

  // ── European Union ───────────────────────────────────────────────────────────────────
  {
    id: 'eu',
    names: {
      en: ['EU', 'E.U.', 'European Union'],
      sv: ['EU', 'EU:s', 'Europeiska unionen'],
      de: ['EU', 'Europäische Union', 'Europäischen Union'],
      es: ['UE', 'Unión Europea'],
      fr: ['UE', 'Union européenne'],
    },
  },
  {
    id: 'european_commission',
    names: {
      en: ['European Commission', 'EU Commission'],
      sv: ['EU-kommissionen', 'Europeiska kommissionen'],
      de: ['EU-Kommission', 'Europäische Kommission', 'Europäischen Kommission'],
      es: ['Comisión Europea'],
      fr: ['Commission européenne'],
    },
  },
  {
    id: 'european_parliament',
    names: {
      en: ['European Parliament', 'EU Parliament'],
      sv: ['Europaparlamentet', 'EU-parlamentet'],
      de: ['Europaparlament', 'EU-Parlament', 'Europäisches Parlament', 'Europäischen Parlament'],
      es: ['Parlamento Europeo', 'Eurocámara'],
      fr: ['Parlement européen'],
    },
  },
  {
    id: 'european_council',
    names: {
      en: ['European Council', 'Council of the EU', 'Council of the European Union', 'EU Council'],
      sv: ['Europeiska rådet', 'Europeiska unionens råd', 'Ministerrådet', 'ministerrådet'],
      de: ['Europäischer Rat', 'Europäische Rat', 'Europäischen Rat', 'Rat der EU'],
      es: ['Consejo Europeo', 'Consejo de la UE', 'Consejo de la Unión Europea'],
      fr: ['Conseil européen', "Conseil de l'UE", "Conseil de l'Union européenne"],
    },
  },
  {
    id: 'cjeu',
    names: {
      en: ['Court of Justice of the European Union', 'European Court of Justice', 'ECJ', 'CJEU'],
      sv: ['EU-domstolen'],
      de: ['Europäischer Gerichtshof', 'Europäische Gerichtshof', 'Europäischen Gerichtshof', 'EuGH'],
      es: ['Tribunal de Justicia de la Unión Europea', 'TJUE'],
      fr: ["Cour de justice de l'Union européenne", 'CJUE'],
    },
  },
  {
    id: 'ecb',
    names: {
      en: ['ECB', 'European Central Bank'],
      sv: ['ECB', 'Europeiska centralbanken'],
      de: ['EZB', 'Europäische Zentralbank', 'Europäischen Zentralbank'],
      es: ['BCE', 'Banco Central Europeo'],
      fr: ['BCE', 'Banque centrale européenne'],
    },
  },
  {
    id: 'frontex',
    names: {
      en: ['Frontex', 'European Border and Coast Guard Agency'],
      sv: ['Frontex', 'EU:s gräns- och kustbevakningsbyrå'],
      de: ['Frontex', 'EU-Grenzschutzagentur', 'Europäische Agentur für die Grenz- und Küstenwache'],
      es: ['Frontex', 'Agencia Europea de la Guardia de Fronteras y Costas'],
      fr: ['Frontex', 'Agence européenne de garde-frontières et de garde-côtes'],
    },
  },
  {
    id: 'euaa',
    names: {
      en: ['EUAA', 'European Union Agency for Asylum', 'EU asylum agency', 'EASO', 'European Asylum Support Office'],
      sv: ['EUAA', 'EU:s asylbyrå', 'Easo'],
      de: ['EUAA', 'EU-Asylagentur', 'Asylagentur der EU', 'EASO'],
      es: ['AAUE', 'Agencia de Asilo de la Unión Europea', 'EASO'],
      fr: ['AUEA', "Agence de l'Union européenne pour l'asile", 'EASO'],
    },
  },
  {
    id: 'europol',
    names: {
      en: ['Europol'],
      sv: ['Europol'],
      de: ['Europol'],
      es: ['Europol'],
      fr: ['Europol'],
    },
  },

  // ── Non-governmental organisations ───────────────────────────────────────────────────
  {
    id: 'amnesty_international',
    names: {
      en: ['Amnesty International', 'Amnesty'],
      sv: ['Amnesty International', 'Amnesty'],
      de: ['Amnesty International', 'Amnesty'],
      es: ['Amnistía Internacional', 'Amnesty International'],
      fr: ['Amnesty International', 'Amnesty'],
    },
  },
  {
    id: 'human_rights_watch',
    names: {
      en: ['Human Rights Watch', 'HRW'],
      sv: ['Human Rights Watch', 'HRW'],
      de: ['Human Rights Watch', 'HRW'],
      es: ['Human Rights Watch', 'HRW'],
      fr: ['Human Rights Watch', 'HRW'],
    },
  },
  {
    id: 'msf',
    names: {
      en: ['Doctors Without Borders', 'Médecins Sans Frontières', 'Medecins Sans Frontieres', 'MSF'],
      sv: ['Läkare utan gränser', 'Läkare Utan Gränser', 'MSF'],
      de: ['Ärzte ohne Grenzen', 'MSF'],
      es: ['Médicos Sin Fronteras', 'Médicos sin Fronteras', 'MSF'],
      fr: ['Médecins sans frontières', 'Médecins Sans Frontières', 'MSF'],
    },
  },
  {
    id: 'save_the_children',
    names: {
      en: ['Save the Children'],
      sv: ['Rädda Barnen'],
      de: ['Save the Children'],
      es: ['Save the Children'],
      fr: ['Save the Children'],
    },
  },
  {
    id: 'oxfam',
    names: {
      en: ['Oxfam'],
      sv: ['Oxfam'],
      de: ['Oxfam'],
      es: ['Oxfam', 'Oxfam Intermón'],
      fr: ['Oxfam'],
    },
  },
  {
    id: 'caritas',
    names: {
      en: ['Caritas', 'Caritas Internationalis'],
      sv: ['Caritas'],
      de: ['Caritas'],
      es: ['Cáritas', 'Caritas'],
      fr: ['Caritas', 'Secours catholique'],
    },
  },
  {
    id: 'greenpeace',
    names: {
      en: ['Greenpeace'],
      sv: ['Greenpeace'],
      de: ['Greenpeace'],
      es: ['Greenpeace'],
      fr: ['Greenpeace'],
    },
  },

  // ── United States federal institutions ───────────────────────────────────────────────
  {
    id: 'white_house',
    names: {
      en: ['White House'],
      sv: ['Vita huset', 'Vita Huset'],
      de: ['Weißes Haus', 'Weiße Haus', 'Weißen Haus'],
      es: ['Casa Blanca'],
      fr: ['Maison-Blanche', 'Maison Blanche'],
    },
  },
  {
    id: 'us_congress',
    names: {
      // Only the qualified names: a bare "Congress" may be Spain's, Peru's or Mexico's (the
      // concept 'congress' in the term tables).
      en: ['U.S. Congress', 'US Congress'],
      sv: ['USA:s kongress', 'amerikanska kongressen'],
      de: ['US-Kongress'],
      es: ['Congreso de Estados Unidos', 'Congreso estadounidense', 'Congreso de EE.UU.'],
      fr: ['Congrès américain'],
    },
  },
  {
    id: 'us_senate',
    names: {
      en: ['Senate', 'U.S. Senate', 'US Senate'],
      sv: ['USA:s senat', 'amerikanska senaten', 'senaten'],
      de: ['US-Senat'],
      es: ['Senado de Estados Unidos', 'Senado estadounidense'],
      fr: ['Sénat américain'],
    },
  },
  {
    id: 'us_house',
    names: {
      en: ['House of Representatives', 'U.S. House of Representatives', 'US House', 'U.S. House'],
      sv: ['representanthuset', 'Representanthuset'],
      de: ['Repräsentantenhaus', 'US-Repräsentantenhaus'],
      es: ['Cámara de Representantes'],
      fr: ['Chambre des représentants'],
    },
  },
  {
    id: 'us_supreme_court',
    names: {
      en: ['U.S. Supreme Court', 'US Supreme Court'],
      sv: ['USA:s högsta domstol', 'amerikanska högsta domstolen'],
      de: ['Oberster Gerichtshof der USA', 'US-Supreme-Court', 'Supreme Court'],
      es: ['Corte Suprema de Estados Unidos', 'Tribunal Supremo de Estados Unidos'],
      fr: ['Cour suprême des États-Unis', 'Cour suprême américaine'],
    },
  },
  {
    id: 'state_department',
    names: {
      en: ['State Department', 'Department of State', 'U.S. State Department', 'US State Department'],
      sv: ['amerikanska utrikesdepartementet', 'USA:s utrikesdepartement', 'State Department'],
      de: ['US-Außenministerium', 'State Department'],
      es: ['Departamento de Estado'],
      fr: ["département d'État", "Département d'État"],
    },
  },
  {
    id: 'pentagon',
    names: {
      en: ['Pentagon', 'Department of Defense', 'Defense Department', 'DoD', 'Department of War', 'War Department'],
      sv: ['Pentagon', 'USA:s försvarsdepartement', 'amerikanska försvarsdepartementet'],
      de: ['Pentagon', 'US-Verteidigungsministerium'],
      es: ['Pentágono', 'Departamento de Defensa'],
      fr: ['Pentagone', 'département de la Défense', 'Département de la Défense'],
    },
  },
  {
    id: 'justice_department',
    names: {
      en: ['Justice Department', 'Department of Justice', 'DOJ'],
      sv: ['USA:s justitiedepartement', 'amerikanska justitiedepartementet'],
      de: ['US-Justizministerium'],
      es: ['Departamento de Justicia'],
      fr: ['département de la Justice', 'Département de la Justice', 'ministère américain de la Justice'],
    },
  },
  {
    id: 'dhs',
    names: {
      en: ['Department of Homeland Security', 'DHS', 'Homeland Security', 'Homeland Security Department'],
      sv: ['DHS', 'USA:s departement för inrikes säkerhet', 'departementet för inrikes säkerhet'],
      de: ['DHS', 'US-Heimatschutzministerium', 'Heimatschutzministerium', 'Ministerium für Innere Sicherheit'],
      es: ['Departamento de Seguridad Nacional', 'DHS'],
      fr: ['DHS', 'département de la Sécurité intérieure', 'ministère de la Sécurité intérieure'],
    },
  },
  {
    id: 'cbp',
    names: {
      en: ['Customs and Border Protection', 'U.S. Customs and Border Protection', 'US Customs and Border Protection', 'CBP'],
      sv: ['CBP', 'USA:s tull- och gränsskyddsmyndighet'],
      de: ['CBP', 'US-Grenzschutzbehörde', 'Zoll- und Grenzschutzbehörde'],
      es: ['CBP', 'Oficina de Aduanas y Protección Fronteriza', 'Aduanas y Protección Fronteriza'],
      fr: ['CBP', 'service des douanes et de la protection des frontières', 'Agence des douanes et de la protection des frontières'],
    },
  },
  {
    id: 'border_patrol',
    names: {
      en: ['Border Patrol', 'U.S. Border Patrol', 'US Border Patrol'],
      sv: ['Border Patrol', 'amerikanska gränspolisen', 'USA:s gränspolis'],
      de: ['Border Patrol', 'US-Grenzpolizei', 'US-Grenzschutz'],
      es: ['Patrulla Fronteriza', 'Border Patrol'],
      fr: ['Border Patrol', 'police des frontières américaine', 'patrouille frontalière américaine'],
    },
  },
  {
    id: 'ice',
    names: {
      en: ['Immigration and Customs Enforcement', 'U.S. Immigration and Customs Enforcement', 'ICE'],
      sv: ['ICE', 'USA:s invandrings- och tullmyndighet'],
      de: ['ICE', 'Einwanderungs- und Zollbehörde', 'US-Einwanderungsbehörde'],
      es: ['ICE', 'Servicio de Inmigración y Control de Aduanas'],
      fr: ['ICE', "service de l'immigration et des douanes", "police de l'immigration américaine"],
    },
  },
  {
    id: 'uscis',
    names: {
      en: ['U.S. Citizenship and Immigration Services', 'US Citizenship and Immigration Services', 'USCIS'],
      sv: ['USCIS', 'USA:s migrationsmyndighet'],
      de: ['USCIS', 'US-Einwanderungsbehörde USCIS'],
      es: ['USCIS', 'Servicio de Ciudadanía e Inmigración de Estados Unidos'],
      fr: ['USCIS', "Services de citoyenneté et d'immigration des États-Unis"],
    },
  },
  {
    id: 'fbi',
    names: {
      en: ['FBI', 'Federal Bureau of Investigation'],
      sv: ['FBI', 'FBI:s'],
      de: ['FBI', 'US-Bundespolizei FBI'],
      es: ['FBI', 'Buró Federal de Investigaciones', 'Oficina Federal de Investigación'],
      fr: ['FBI', 'police fédérale américaine'],
    },
  },
  {
    id: 'cia',
    names: {
      en: ['CIA', 'Central Intelligence Agency'],
      sv: ['CIA', 'CIA:s'],
      de: ['CIA', 'US-Geheimdienst CIA'],
      es: ['CIA', 'Agencia Central de Inteligencia'],
      fr: ['CIA', 'Agence centrale de renseignement'],
    },
  },
  {
    id: 'fema',
    names: {
      en: ['FEMA', 'Federal Emergency Management Agency'],
      sv: ['FEMA', 'USA:s katastrofmyndighet'],
      de: ['FEMA', 'US-Katastrophenschutzbehörde'],
      es: ['FEMA', 'Agencia Federal para el Manejo de Emergencias', 'Agencia Federal de Gestión de Emergencias'],
      fr: ['FEMA', "Agence fédérale de gestion des situations d'urgence", "Agence fédérale des situations d'urgence"],
    },
  },
  {
    id: 'cdc',
    names: {
      en: ['CDC', 'Centers for Disease Control and Prevention', 'Centers for Disease Control'],
      sv: ['CDC', 'USA:s smittskyddsmyndighet'],
      de: ['CDC', 'US-Gesundheitsbehörde CDC', 'US-Seuchenschutzbehörde'],
      es: ['CDC', 'Centros para el Control y la Prevención de Enfermedades'],
      fr: ['CDC', 'Centres pour le contrôle et la prévention des maladies', 'Centres de contrôle et de prévention des maladies'],
    },
  },
  {
    id: 'usaid',
    names: {
      en: ['USAID', 'U.S. Agency for International Development', 'US Agency for International Development'],
      sv: ['USAID', 'USA:s biståndsmyndighet', 'amerikanska biståndsmyndigheten'],
      de: ['USAID', 'US-Entwicklungsbehörde', 'US-Entwicklungshilfebehörde'],
      es: ['USAID', 'Agencia de los Estados Unidos para el Desarrollo Internacional'],
      fr: ['USAID', "Agence des États-Unis pour le développement international"],
    },
  },
  {
    id: 'federal_reserve',
    names: {
      en: ['Federal Reserve', 'Fed', 'U.S. Federal Reserve'],
      sv: ['Federal Reserve', 'Fed', 'amerikanska centralbanken'],
      de: ['Federal Reserve', 'Fed', 'US-Notenbank', 'US-Zentralbank'],
      es: ['Reserva Federal', 'Fed'],
      fr: ['Réserve fédérale', 'Fed'],
    },
  },

  // ── National migration agencies ──────────────────────────────────────────────────────
  {
    id: 'inm',
    names: {
      en: ['National Migration Institute', 'INM', "Mexico's immigration agency"],
      sv: ['INM', 'Mexikos migrationsmyndighet', 'mexikanska migrationsmyndigheten'],
      de: ['INM', 'Nationales Migrationsinstitut', 'mexikanische Migrationsbehörde'],
      es: ['Instituto Nacional de Migración', 'INM'],
      fr: ['INM', 'Institut national des migrations', 'Institut national de migration'],
    },
  },
  {
    id: 'migrationsverket',
    names: {
      en: ['Swedish Migration Agency', 'Migration Agency', 'Migrationsverket'],
      sv: ['Migrationsverket', 'Migrationsverkets'],
      de: ['Migrationsverket', 'schwedische Migrationsbehörde', 'schwedische Migrationsamt'],
      es: ['Migrationsverket', 'Agencia Sueca de Migración'],
      fr: ['Migrationsverket', 'Office suédois des migrations'],
    },
  },
  {
    id: 'bamf',
    names: {
      en: ['BAMF', 'Federal Office for Migration and Refugees'],
      sv: ['BAMF', 'tyska migrationsmyndigheten'],
      de: ['BAMF', 'Bundesamt für Migration und Flüchtlinge'],
      es: ['BAMF', 'Oficina Federal de Migración y Refugiados'],
      fr: ['BAMF', 'Office fédéral des migrations et des réfugiés'],
    },
  },
  {
    id: 'ofpra',
    names: {
      en: ['OFPRA', 'Ofpra', 'French Office for the Protection of Refugees and Stateless Persons'],
      sv: ['OFPRA', 'Ofpra'],
      de: ['OFPRA', 'Ofpra'],
      es: ['OFPRA', 'Ofpra'],
      fr: ['OFPRA', 'Ofpra', 'Office français de protection des réfugiés et apatrides'],
    },
  },
];

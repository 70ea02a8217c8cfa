#include "demo/word_tables.h"

namespace pln::demo {
namespace {

using SV = std::string_view;

// Field indexes, for the neighbour and program tables below.
constexpr int kData = 0, kWeb = 1, kUx = 2, kSecurity = 3, kCloud = 4, kProduct = 5, kMarketing = 6,
              kMobile = 7;

// --- Data Science -----------------------------------------------------------
constexpr SV kDataSkills[] = {"Python",
                              "SQL",
                              "Statistics",
                              "Machine Learning",
                              "pandas",
                              "Data Visualization",
                              "Tableau",
                              "Power BI",
                              "Experiment Design",
                              "dbt",
                              "Apache Spark",
                              "Deep Learning",
                              "Excel",
                              "R",
                              "Forecasting"};
constexpr SV kDataCompanies[] = {"Northwind Analytics", "Quantile Labs",      "Brightline Insights",
                                 "Meridian Data Co.",   "Clearsight Metrics", "Tidewater Research"};
constexpr SV kDataJunior[] = {"data analyst", "junior data scientist", "analytics engineer",
                              "BI analyst", "junior data engineer"};
constexpr SV kDataSenior[] = {"senior data engineer",     "lead data scientist",
                              "head of analytics",        "senior machine learning engineer",
                              "principal data scientist", "analytics manager"};
constexpr SV kDataTopics[] = {
    "forecasting demand for a grocery chain",  "churn models for a subscription app",
    "cleaning up messy public transport data", "dashboards for a food bank's volunteers",
    "A/B tests for an online bookshop",        "a recommendation model for a local library"};
constexpr SV kDataArtifacts[] = {"capstone notebook", "portfolio of analyses", "SQL case study"};
constexpr int kDataNeighbours[] = {kCloud, kProduct, kMarketing, kWeb};

// --- Web Development ----------------------------------------------------------
constexpr SV kWebSkills[] = {
    "HTML & CSS", "JavaScript", "TypeScript", "React",  "Node.js", "Accessibility",   "REST APIs",
    "Git",        "Testing",    "PostgreSQL", "Vue.js", "Next.js", "Web Performance", "GraphQL"};
constexpr SV kWebCompanies[] = {"Pinecrest Software", "Lanternworks",       "Bluefin Web Studio",
                                "Copperleaf Digital", "Harborline Systems", "Fernhill Interactive"};
constexpr SV kWebJunior[] = {"junior front-end developer", "web developer",
                             "junior full-stack developer", "front-end engineer"};
constexpr SV kWebSenior[] = {"senior front-end engineer", "staff software engineer",
                             "engineering manager", "lead full-stack developer",
                             "senior back-end developer"};
constexpr SV kWebTopics[] = {
    "an accessible booking site for a community centre", "a design system in React",
    "speeding up a slow checkout for an online shop", "a plugin for an open-source CMS",
    "a volunteer-scheduling app for a youth club"};
constexpr SV kWebArtifacts[] = {"portfolio site", "React project", "GitHub profile"};
constexpr int kWebNeighbours[] = {kUx, kMobile, kCloud, kData};

// --- UX Design ----------------------------------------------------------------
constexpr SV kUxSkills[] = {"User Research",
                            "Figma",
                            "Wireframing",
                            "Prototyping",
                            "Usability Testing",
                            "Interaction Design",
                            "Information Architecture",
                            "Accessibility",
                            "Design Systems",
                            "Visual Design",
                            "UX Writing",
                            "Journey Mapping"};
constexpr SV kUxCompanies[] = {"Studio Juniper", "Clearpath Design", "Kindred UX",
                               "Mosaic Product Studio", "Foldline Design"};
constexpr SV kUxJunior[] = {"junior UX designer", "UX designer", "UI designer",
                            "junior product designer", "UX researcher"};
constexpr SV kUxSenior[] = {"senior product designer", "UX lead", "design director",
                            "principal UX researcher", "head of design"};
constexpr SV kUxTopics[] = {
    "redesigning a clinic's appointment flow", "research with older adults who use banking apps",
    "a design system for a public-sector service", "onboarding for a language-learning app",
    "making a council website easier to navigate"};
constexpr SV kUxArtifacts[] = {"portfolio", "case study", "usability test report"};
constexpr int kUxNeighbours[] = {kWeb, kProduct, kMobile, kMarketing};

// --- Cybersecurity ------------------------------------------------------------
constexpr SV kSecuritySkills[] = {"Network Security",
                                  "Linux",
                                  "Incident Response",
                                  "Threat Modeling",
                                  "Penetration Testing",
                                  "SIEM",
                                  "Python",
                                  "Cloud Security",
                                  "Security Awareness",
                                  "Identity & Access Management",
                                  "Vulnerability Management",
                                  "Digital Forensics",
                                  "Risk Assessment"};
constexpr SV kSecurityCompanies[] = {"Ironbark Security", "Sentinel Ridge", "Halcyon Cyber",
                                     "Keystone Defense Labs", "Watchtower Networks"};
constexpr SV kSecurityJunior[] = {"SOC analyst", "junior security analyst",
                                  "junior penetration tester", "security operations analyst"};
constexpr SV kSecuritySenior[] = {"senior security engineer", "security architect",
                                  "head of information security", "lead incident responder",
                                  "principal penetration tester"};
constexpr SV kSecurityTopics[] = {
    "a home lab for practising incident response", "phishing simulations for a nonprofit",
    "hardening cloud accounts for a small agency", "capture-the-flag challenges with a study group",
    "threat models for a hospital's patient portal"};
constexpr SV kSecurityArtifacts[] = {"home lab write-up", "CTF write-ups",
                                     "sample incident report"};
constexpr int kSecurityNeighbours[] = {kCloud, kWeb, kData};

// --- Cloud & DevOps -----------------------------------------------------------
constexpr SV kCloudSkills[] = {
    "Linux", "Docker",     "Kubernetes", "Terraform", "AWS", "Azure",           "CI/CD",
    "Bash",  "Monitoring", "Networking", "Ansible",   "Go",  "Site Reliability"};
constexpr SV kCloudCompanies[] = {"Stratus Forge", "Cumulo Systems", "Pipeline Harbor",
                                  "Nimbus Works", "Bedrock Infrastructure"};
constexpr SV kCloudJunior[] = {"junior DevOps engineer", "cloud support engineer",
                               "junior site reliability engineer", "platform engineer"};
constexpr SV kCloudSenior[] = {"senior platform engineer", "staff site reliability engineer",
                               "cloud architect", "DevOps lead", "head of infrastructure"};
constexpr SV kCloudTopics[] = {
    "moving a legacy app onto containers", "cutting a team's cloud bill in half",
    "a CI pipeline that runs in under five minutes", "on-call runbooks that people actually read",
    "infrastructure as code for a university lab"};
constexpr SV kCloudArtifacts[] = {"Terraform project", "homelab cluster", "CI/CD write-up"};
constexpr int kCloudNeighbours[] = {kWeb, kSecurity, kData};

// --- Product Management ------------------------------------------------------
constexpr SV kProductSkills[] = {"Product Discovery",      "Roadmapping",   "User Interviews",
                                 "Prioritization",         "Agile",         "Product Analytics",
                                 "Stakeholder Management", "Writing Specs", "OKRs",
                                 "Experimentation",        "Pricing",       "Go-to-Market"};
constexpr SV kProductCompanies[] = {"Beacon Street Products", "Cobalt Ventures", "Orchard Commerce",
                                    "Lumen Health Tech", "Trailhead Apps"};
constexpr SV kProductJunior[] = {"associate product manager", "junior product owner",
                                 "product analyst", "product manager"};
constexpr SV kProductSenior[] = {"senior product manager", "group product manager",
                                 "head of product", "director of product",
                                 "principal product manager"};
constexpr SV kProductTopics[] = {
    "discovery interviews for a farm-supply marketplace", "a roadmap for a patient-booking tool",
    "pricing experiments for a fitness app", "turning support tickets into product insight",
    "a launch plan for a tool used by small bakeries"};
constexpr SV kProductArtifacts[] = {"product case study", "sample spec", "discovery write-up"};
constexpr int kProductNeighbours[] = {kUx, kData, kMarketing, kWeb};

// --- Digital Marketing -------------------------------------------------------
constexpr SV kMarketingSkills[] = {"SEO",
                                   "Content Strategy",
                                   "Copywriting",
                                   "Google Analytics",
                                   "Email Marketing",
                                   "Social Media",
                                   "Paid Search",
                                   "Marketing Automation",
                                   "Brand Strategy",
                                   "Conversion Optimization",
                                   "Community Building",
                                   "Video Editing"};
constexpr SV kMarketingCompanies[] = {"Signal & Spark", "Wildflower Media", "Brightwave Marketing",
                                      "Tallgrass Content Co.", "Echo Lane Agency"};
constexpr SV kMarketingJunior[] = {"marketing coordinator", "junior content marketer",
                                   "SEO specialist", "social media coordinator",
                                   "growth marketing associate"};
constexpr SV kMarketingSenior[] = {"senior growth marketer", "head of content",
                                   "marketing director", "senior SEO strategist", "brand lead"};
constexpr SV kMarketingTopics[] = {
    "a content plan for a sustainable fashion brand", "email campaigns for a local theatre",
    "SEO for a chain of bike repair shops", "growing a newsletter from zero",
    "a community programme for a developer tool"};
constexpr SV kMarketingArtifacts[] = {"content portfolio", "campaign report", "writing samples"};
constexpr int kMarketingNeighbours[] = {kProduct, kUx, kData};

// --- Mobile Development ------------------------------------------------------
constexpr SV kMobileSkills[] = {
    "Swift",        "Kotlin",   "SwiftUI",     "Jetpack Compose", "Flutter",
    "React Native", "iOS",      "Android",     "Mobile UI",       "App Store Release",
    "Offline Sync", "Firebase", "Unit Testing"};
constexpr SV kMobileCompanies[] = {"Pocketforge Apps", "Tandem Mobile", "Glowworm Studios",
                                   "Swiftwater Labs", "Handheld & Co."};
constexpr SV kMobileJunior[] = {"junior iOS developer", "junior Android developer",
                                "mobile developer", "Flutter developer"};
constexpr SV kMobileSenior[] = {"senior iOS engineer", "lead Android engineer",
                                "mobile engineering manager", "staff mobile engineer",
                                "senior Flutter developer"};
constexpr SV kMobileTopics[] = {
    "an offline-first app for community nurses",
    "a habit tracker that a dozen friends use every day", "accessibility fixes for a transit app",
    "a bird-watching app with photo uploads", "moving an app to Jetpack Compose"};
constexpr SV kMobileArtifacts[] = {"TestFlight app", "mobile portfolio", "GitHub projects"};
constexpr int kMobileNeighbours[] = {kWeb, kUx, kCloud};

constexpr FieldInfo kFields[] = {
    {"Data Science", kDataSkills, kDataCompanies, kDataJunior, kDataSenior, kDataTopics,
     kDataArtifacts, kDataNeighbours, 18},
    {"Web Development", kWebSkills, kWebCompanies, kWebJunior, kWebSenior, kWebTopics,
     kWebArtifacts, kWebNeighbours, 18},
    {"UX Design", kUxSkills, kUxCompanies, kUxJunior, kUxSenior, kUxTopics, kUxArtifacts,
     kUxNeighbours, 12},
    {"Cybersecurity", kSecuritySkills, kSecurityCompanies, kSecurityJunior, kSecuritySenior,
     kSecurityTopics, kSecurityArtifacts, kSecurityNeighbours, 10},
    {"Cloud & DevOps", kCloudSkills, kCloudCompanies, kCloudJunior, kCloudSenior, kCloudTopics,
     kCloudArtifacts, kCloudNeighbours, 11},
    {"Product Management", kProductSkills, kProductCompanies, kProductJunior, kProductSenior,
     kProductTopics, kProductArtifacts, kProductNeighbours, 10},
    {"Digital Marketing", kMarketingSkills, kMarketingCompanies, kMarketingJunior, kMarketingSenior,
     kMarketingTopics, kMarketingArtifacts, kMarketingNeighbours, 10},
    {"Mobile Development", kMobileSkills, kMobileCompanies, kMobileJunior, kMobileSenior,
     kMobileTopics, kMobileArtifacts, kMobileNeighbours, 11},
};

// --- Names --------------------------------------------------------------------
constexpr SV kNigerianFirst[] = {"Chinedu", "Adaeze", "Tunde",     "Folake",
                                 "Emeka",   "Ngozi",  "Oluwaseun", "Ifeoma"};
constexpr SV kNigerianLast[] = {"Okafor", "Adeyemi", "Nwosu",  "Balogun",
                                "Eze",    "Olawale", "Chukwu", "Afolabi"};
constexpr SV kKenyanFirst[] = {"Wanjiru", "Otieno", "Achieng", "Kamau",
                               "Njeri",   "Mwangi", "Akinyi",  "Kiprono"};
constexpr SV kKenyanLast[] = {"Mwangi",   "Otieno", "Wambui", "Kariuki",
                              "Odhiambo", "Chege",  "Kimani", "Njoroge"};
constexpr SV kGhanaianFirst[] = {"Kwame", "Ama",  "Kofi",    "Abena",
                                 "Yaw",   "Efua", "Kwabena", "Akosua"};
constexpr SV kGhanaianLast[] = {"Mensah", "Owusu", "Boateng", "Asante",
                                "Appiah", "Osei",  "Agyeman", "Darko"};
constexpr SV kEthiopianFirst[] = {"Selam", "Dawit", "Hiwot", "Abebe",
                                  "Meron", "Yonas", "Tsion", "Bereket"};
constexpr SV kEthiopianLast[] = {"Tesfaye",  "Bekele",   "Alemu",   "Haile",
                                 "Getachew", "Mengistu", "Tadesse", "Gebre"};
constexpr SV kIndianFirst[] = {"Priya", "Arjun",  "Ananya", "Rohan",
                               "Kavya", "Vikram", "Meera",  "Siddharth"};
constexpr SV kIndianLast[] = {"Sharma", "Iyer",  "Patel", "Reddy",
                              "Nair",   "Gupta", "Menon", "Deshpande"};
constexpr SV kChineseFirst[] = {"Wei", "Mei", "Jun", "Xiaoling", "Hao", "Yan", "Lei", "Jing"};
constexpr SV kChineseLast[] = {"Chen", "Wang", "Liu", "Zhang", "Huang", "Zhao", "Lin", "Wu"};
constexpr SV kVietnameseFirst[] = {"Linh", "Minh", "Thao", "Duc", "Huong", "Quang", "Trang", "Bao"};
constexpr SV kVietnameseLast[] = {"Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"};
constexpr SV kKoreanFirst[] = {"Ji-woo", "Min-jun", "Seo-yeon", "Hyun-woo",
                               "Soo-ah", "Jae-won", "Ha-eun",   "Dong-hyun"};
constexpr SV kKoreanLast[] = {"Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Yoon", "Han"};
constexpr SV kJapaneseFirst[] = {"Yuki",   "Haruto", "Aoi", "Ren",
                                 "Sakura", "Kenji",  "Mio", "Takumi"};
constexpr SV kJapaneseLast[] = {"Tanaka",   "Sato", "Suzuki",   "Takahashi",
                                "Watanabe", "Ito",  "Nakamura", "Kobayashi"};
constexpr SV kFilipinoFirst[] = {"Andrea",  "Paolo", "Kristine", "Miguel",
                                 "Jasmine", "Carlo", "Bea",      "Rafael"};
constexpr SV kFilipinoLast[] = {"Santos",     "Reyes",     "Cruz",    "Bautista",
                                "Villanueva", "Dela Cruz", "Mendoza", "Aquino"};
constexpr SV kIndonesianFirst[] = {"Putri", "Budi",  "Sari", "Agus",
                                   "Dewi",  "Rizky", "Ayu",  "Fajar"};
constexpr SV kIndonesianLast[] = {"Santoso", "Wijaya", "Pratama", "Hidayat",
                                  "Saputra", "Kusuma", "Halim",   "Nugroho"};
constexpr SV kBrazilianFirst[] = {"João",   "Camila",  "Lucas",   "Beatriz",
                                  "Thiago", "Larissa", "Gabriel", "Fernanda"};
constexpr SV kBrazilianLast[] = {"Silva",   "Souza",   "Oliveira", "Costa",
                                 "Pereira", "Almeida", "Ribeiro",  "Carvalho"};
constexpr SV kMexicanFirst[] = {"Sofía", "Diego",     "Valentina", "Mateo",
                                "Lucía", "Alejandro", "Ximena",    "Javier"};
constexpr SV kMexicanLast[] = {"Hernández", "López",  "Martínez", "García",
                               "Ramírez",   "Torres", "Flores",   "Morales"};
constexpr SV kArabicFirst[] = {"Omar",  "Layla", "Youssef", "Nour",
                               "Karim", "Salma", "Tarek",   "Mariam"};
constexpr SV kArabicLast[] = {"Haddad", "Mansour", "El-Sayed", "Khalil",
                              "Farouk", "Nasser",  "Saleh",    "Aziz"};
constexpr SV kTurkishFirst[] = {"Emre", "Elif", "Mehmet", "Zeynep",
                                "Can",  "Ayşe", "Burak",  "Selin"};
constexpr SV kTurkishLast[] = {"Yılmaz", "Kaya",  "Demir",  "Şahin",
                               "Çelik",  "Aydın", "Öztürk", "Arslan"};
constexpr SV kPersianFirst[] = {"Shirin", "Dariush", "Parisa", "Arash",
                                "Leila",  "Kian",    "Yasmin", "Babak"};
constexpr SV kPersianLast[] = {"Rahimi",  "Hosseini", "Karimi",  "Moradi",
                               "Tehrani", "Jafari",   "Sadeghi", "Farahani"};
constexpr SV kPolishFirst[] = {"Katarzyna", "Piotr", "Agnieszka", "Tomasz",
                               "Magdalena", "Paweł", "Zofia",     "Michał"};
constexpr SV kPolishLast[] = {"Nowak", "Wójcik", "Mazur",     "Krawczyk",
                              "Zając", "Król",   "Wieczorek", "Pawlak"};
constexpr SV kUkrainianFirst[] = {"Oksana", "Dmytro", "Iryna", "Andriy",
                                  "Olena",  "Taras",  "Yulia", "Bohdan"};
constexpr SV kUkrainianLast[] = {"Shevchenko", "Kovalenko",  "Bondarenko", "Tkachenko",
                                 "Melnyk",     "Kravchenko", "Marchenko",  "Lysenko"};
constexpr SV kGermanFirst[] = {"Lena",  "Jonas", "Hannah", "Felix",
                               "Marie", "Lukas", "Anja",   "Tobias"};
constexpr SV kGermanLast[] = {"Müller", "Schmidt", "Becker", "Hoffmann",
                              "Wagner", "Schäfer", "Koch",   "Richter"};
constexpr SV kNordicFirst[] = {"Ingrid", "Lars",   "Astrid", "Erik",
                               "Sigrid", "Magnus", "Freja",  "Anders"};
constexpr SV kNordicLast[] = {"Johansson", "Lindqvist", "Andersen", "Nilsson",
                              "Berg",      "Halvorsen", "Dahl",     "Eriksen"};
constexpr SV kIrishBritishFirst[] = {"Siobhán", "Liam", "Aoife", "Callum",
                                     "Niamh",   "Owen", "Chloe", "Rhys"};
constexpr SV kIrishBritishLast[] = {"Murphy", "O'Brien", "Walsh",   "Campbell",
                                    "Evans",  "Hughes",  "Kennedy", "Byrne"};
constexpr SV kFrenchFirst[] = {"Camille", "Théo", "Manon", "Louis",
                               "Inès",    "Hugo", "Chloé", "Mathis"};
constexpr SV kFrenchLast[] = {"Dubois", "Lefèvre",  "Moreau",   "Laurent",
                              "Girard", "Fontaine", "Rousseau", "Mercier"};
constexpr SV kItalianFirst[] = {"Giulia",    "Marco",  "Chiara",  "Luca",
                                "Francesca", "Matteo", "Alessia", "Davide"};
constexpr SV kItalianLast[] = {"Rossi", "Bianchi", "Romano", "Colombo",
                               "Ricci", "Marino",  "Greco",  "Conti"};
constexpr SV kGreekFirst[] = {"Eleni", "Nikos",    "Katerina", "Giorgos",
                              "Sofia", "Dimitris", "Anna",     "Kostas"};
constexpr SV kGreekLast[] = {"Papadopoulos", "Georgiou",  "Nikolaidis", "Pappas",
                             "Vlachos",      "Dimitriou", "Alexiou",    "Katsaros"};
constexpr SV kNorthAmericanFirst[] = {"Jordan", "Taylor", "Morgan", "Casey",
                                      "Avery",  "Riley",  "Jamie",  "Alex"};
constexpr SV kNorthAmericanLast[] = {"Johnson", "Williams", "Brooks", "Carter",
                                     "Bennett", "Foster",   "Hayes",  "Parker"};

constexpr NameCulture kCultures[] = {
    {kNigerianFirst, kNigerianLast},
    {kKenyanFirst, kKenyanLast},
    {kGhanaianFirst, kGhanaianLast},
    {kEthiopianFirst, kEthiopianLast},
    {kIndianFirst, kIndianLast},
    {kChineseFirst, kChineseLast},
    {kVietnameseFirst, kVietnameseLast},
    {kKoreanFirst, kKoreanLast},
    {kJapaneseFirst, kJapaneseLast},
    {kFilipinoFirst, kFilipinoLast},
    {kIndonesianFirst, kIndonesianLast},
    {kBrazilianFirst, kBrazilianLast},
    {kMexicanFirst, kMexicanLast},
    {kArabicFirst, kArabicLast},
    {kTurkishFirst, kTurkishLast},
    {kPersianFirst, kPersianLast},
    {kPolishFirst, kPolishLast},
    {kUkrainianFirst, kUkrainianLast},
    {kGermanFirst, kGermanLast},
    {kNordicFirst, kNordicLast},
    {kIrishBritishFirst, kIrishBritishLast},
    {kFrenchFirst, kFrenchLast},
    {kItalianFirst, kItalianLast},
    {kGreekFirst, kGreekLast},
    {kNorthAmericanFirst, kNorthAmericanLast},
};

// --- Places, employers, schools ------------------------------------------------
constexpr SV kLocations[] = {"Lisbon, Portugal",
                             "Lagos, Nigeria",
                             "Nairobi, Kenya",
                             "Bengaluru, India",
                             "São Paulo, Brazil",
                             "Berlin, Germany",
                             "Toronto, Canada",
                             "Manchester, UK",
                             "Mexico City, Mexico",
                             "Warsaw, Poland",
                             "Manila, Philippines",
                             "Cape Town, South Africa",
                             "Melbourne, Australia",
                             "Austin, USA",
                             "Chicago, USA",
                             "Dublin, Ireland",
                             "Amsterdam, Netherlands",
                             "Seoul, South Korea",
                             "Ho Chi Minh City, Vietnam",
                             "Istanbul, Türkiye",
                             "Accra, Ghana",
                             "Barcelona, Spain",
                             "Cairo, Egypt",
                             "Jakarta, Indonesia",
                             "Remote"};

constexpr SV kSharedEmployers[] = {
    "Harbor Health",   "Kestrel Bank",           "Greenfield Energy",      "City of Eastbrook",
    "Atlas Logistics", "Maple Grove University", "Open Fields Foundation", "Riverstone Retail"};

constexpr int kBrightpathTracks[] = {kWeb, kData, kMobile};
constexpr int kLaunchpadTracks[] = {kWeb, kCloud, kSecurity};
constexpr int kNorthStarTracks[] = {kData};
constexpr int kFieldnoteTracks[] = {kUx, kProduct};
constexpr int kShieldwallTracks[] = {kSecurity, kCloud};
constexpr int kGrowthStudioTracks[] = {kMarketing, kProduct};
constexpr int kRiversideTracks[] = {kData, kWeb, kSecurity, kMobile, kUx};
constexpr int kLakeshoreTracks[] = {kCloud, kWeb, kData, kMarketing};
constexpr int kOpenHorizonsTracks[] = {kData,  kWeb,     kUx,        kSecurity,
                                       kCloud, kProduct, kMarketing, kMobile};
constexpr int kMeadowbankTracks[] = {kProduct, kMarketing, kUx, kMobile};

constexpr Program kPrograms[] = {
    {"Brightpath Coding Academy", true, "Lisbon, Portugal", kBrightpathTracks},
    {"Launchpad Tech School", true, "Lagos, Nigeria", kLaunchpadTracks},
    {"North Star Data Bootcamp", true, "Toronto, Canada", kNorthStarTracks},
    {"Fieldnote UX Academy", true, "Berlin, Germany", kFieldnoteTracks},
    {"Shieldwall Cyber Academy", true, "Manchester, UK", kShieldwallTracks},
    {"Growth Studio School", true, "Mexico City, Mexico", kGrowthStudioTracks},
    {"Riverside University", false, "Nairobi, Kenya", kRiversideTracks},
    {"Lakeshore Polytechnic", false, "Chicago, USA", kLakeshoreTracks},
    {"Open Horizons Online", true, "Remote", kOpenHorizonsTracks},
    {"Meadowbank College", false, "Manila, Philippines", kMeadowbankTracks},
};

constexpr SV kPriorCareers[] = {"teacher",
                                "nurse",
                                "barista",
                                "logistics coordinator",
                                "musician",
                                "retail manager",
                                "accountant",
                                "civil engineer",
                                "journalist",
                                "lab technician",
                                "hotel receptionist",
                                "customer support agent",
                                "translator",
                                "graphic designer",
                                "chef",
                                "bank clerk",
                                "social worker",
                                "pharmacist",
                                "architect",
                                "army logistics officer"};

constexpr SV kHobbies[] = {"run a monthly board-game night",
                           "play five-a-side football",
                           "grow chillies on my balcony",
                           "sing in a community choir",
                           "bake sourdough, badly but often",
                           "volunteer at a coding club for teenagers",
                           "cycle long distances at weekends",
                           "play the oud",
                           "boulder at the local climbing gym",
                           "paint miniatures",
                           "take far too many photos of street art",
                           "teach salsa on Thursday evenings"};

// --- Headlines ----------------------------------------------------------------
constexpr SV kLearnerHeadlines[] = {"{grad} looking for a first {role} role",
                                    "Career changer learning {skill} and {skill2}",
                                    "{field} learner at {program} ({term} cohort)",
                                    "Aspiring {role}, open to feedback on my projects",
                                    "{grad} building projects with {skill} and {skill2}",
                                    "Former {prior} moving into {field_lower}",
                                    "Learning {field_lower} at {program}"};
constexpr SV kEarlyHeadlines[] = {
    "{role} at {company}", "{role} at {company}, working with {skill} and {skill2}",
    "{role} · {skill}, {skill2}", "{role} at {company}, formerly {a_prior}",
    "{role} at {company}, {program} alum"};
constexpr SV kExperiencedHeadlines[] = {
    "{role} at {company}", "{role} at {company}, mentoring {field_lower} newcomers",
    "{role} with {years} years in {field_lower}",
    "{role} at {company} · happy to review portfolios",
    "Independent {field_lower} consultant, formerly {role} at {company}"};

// --- Bios -----------------------------------------------------------------------
constexpr SV kLearnerBioOpenings[] = {
    "I used to work as {a_prior} and moved into {field_lower} through {program}, finishing with "
    "the {term} cohort.",
    "After a few years as {a_prior}, I started learning {field_lower} in the evenings and never "
    "looked back.",
    "I'm in the {field} track at {program} and looking for my first job as {a_role}.",
    "I came to {field_lower} from a career as {a_prior}; {program} gave me the structure I "
    "needed.",
    "Recent {program} graduate ({term} cohort), happiest when I'm working with {skill}."};
constexpr SV kEarlyBioOpenings[] = {
    "I work as {a_role} at {company}, where I've been for {tenure}.",
    "Before tech I was {a_prior}; today I'm {a_role} at {company}.",
    "I joined {company} as {a_role} {tenure} ago and I'm still surprised how much there is to "
    "learn.",
    "I'm {a_role} at {company}, mostly working with {skill} and {skill2}."};
constexpr SV kExperiencedBioOpenings[] = {
    "I've spent {years} years in {field_lower}, most recently as {a_role} at {company}.",
    "{years} years ago I was {a_prior} with a library card and a lot of questions; now I'm "
    "{a_role} at {company}.",
    "I'm {a_role} at {company} and have trained quite a few juniors over the years.",
    "I've worked in {field_lower} for {years} years, at agencies, start-ups and now {company}."};
constexpr SV kBioFocusSentences[] = {
    "Right now I'm working on {topic}.", "These days most of my time goes into {topic}.",
    "My current side project is {topic}.",
    "Lately I've been getting deeper into {skill} through {topic}.",
    "The thing I'm proudest of this year is {topic}."};
constexpr SV kLearnerBioClosings[] = {
    "I'd really value feedback on my {artifact}.",
    "If you work in {field_lower}, I'd love to hear how you got your first role.",
    "I'm looking for a mentor who can help me plan the next six months.",
    "Happy to pair on practice problems with anyone in the same spot.",
    "Outside of learning I {hobby}."};
constexpr SV kEarlyBioClosings[] = {
    "Happy to talk to anyone switching careers: it wasn't long ago for me.",
    "I'd love a more senior reviewer for my {artifact}.", "Outside work I {hobby}.",
    "Ask me about {skill}; I learned it the hard way."};
constexpr SV kExperiencedBioClosings[] = {
    "I keep a few hours a month for mentoring; ask me about {skill} or changing careers.",
    "Happy to review portfolios and run mock interviews.",
    "I enjoy helping people find their feet in their first {field_lower} job.",
    "Outside work I {hobby}."};

// --- Goals --------------------------------------------------------------------------
constexpr SV kLearnerGoals[] = {"Land my first {role} role",
                                "Get feedback on my {artifact}",
                                "Find a mentor in {field_lower}",
                                "Finish a project with real users or real data",
                                "Practise technical interviews with a peer every week",
                                "Learn {skill} well enough to teach it",
                                "Write one blog post a month about what I learn",
                                "Meet ten people who work in {field_lower}"};
constexpr SV kEarlyGoals[] = {"Move up to a mid-level role within a year",
                              "Get regular reviews from someone more senior",
                              "Give a talk at a local meetup",
                              "Get properly good at {skill}",
                              "Mentor a learner from my old cohort",
                              "Build a portfolio piece outside work"};
constexpr SV kExperiencedGoals[] = {
    "Mentor two juniors this year",
    "Give more structured feedback",
    "Hire two bootcamp graduates into my team",
    "Write a short guide to {skill} for newcomers",
    "Help {field_lower} learners get interview-ready",
    "Pick up one new skill a year, with the curiosity I had at the start"};

// --- Connection request notes ---------------------------------------------------
constexpr SV kRequestNotes[] = {
    "",
    "Hi {to_first}! We're both in {field_lower}; it would be great to connect.",
    "Hi {to_first}, I'm also learning {skill}. Happy to swap feedback on projects?",
    "Hello {to_first}, I saw you're open to mentoring. I'd love to hear how you got into "
    "{field_lower}.",
    "Hi {to_first}, I think we met at a {field_lower} meetup. Let's stay in touch!",
    "Hi {to_first}, your headline caught my eye. I'm working on something similar.",
    "Hi {to_first}, {from_first} here. Could I ask you a couple of questions about {skill}?"};

}  // namespace

std::span<const FieldInfo> Fields() {
  return kFields;
}
std::span<const NameCulture> NameCultures() {
  return kCultures;
}
std::span<const std::string_view> Locations() {
  return kLocations;
}
std::span<const std::string_view> SharedEmployers() {
  return kSharedEmployers;
}
std::span<const Program> Programs() {
  return kPrograms;
}
std::span<const std::string_view> PriorCareers() {
  return kPriorCareers;
}
std::span<const std::string_view> Hobbies() {
  return kHobbies;
}
std::span<const std::string_view> LearnerHeadlines() {
  return kLearnerHeadlines;
}
std::span<const std::string_view> EarlyHeadlines() {
  return kEarlyHeadlines;
}
std::span<const std::string_view> ExperiencedHeadlines() {
  return kExperiencedHeadlines;
}
std::span<const std::string_view> LearnerBioOpenings() {
  return kLearnerBioOpenings;
}
std::span<const std::string_view> EarlyBioOpenings() {
  return kEarlyBioOpenings;
}
std::span<const std::string_view> ExperiencedBioOpenings() {
  return kExperiencedBioOpenings;
}
std::span<const std::string_view> BioFocusSentences() {
  return kBioFocusSentences;
}
std::span<const std::string_view> LearnerBioClosings() {
  return kLearnerBioClosings;
}
std::span<const std::string_view> EarlyBioClosings() {
  return kEarlyBioClosings;
}
std::span<const std::string_view> ExperiencedBioClosings() {
  return kExperiencedBioClosings;
}
std::span<const std::string_view> LearnerGoals() {
  return kLearnerGoals;
}
std::span<const std::string_view> EarlyGoals() {
  return kEarlyGoals;
}
std::span<const std::string_view> ExperiencedGoals() {
  return kExperiencedGoals;
}
std::span<const std::string_view> RequestNotes() {
  return kRequestNotes;
}

}  // namespace pln::demo

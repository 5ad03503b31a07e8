"""Invented names, companies and phrases for the sample chapter (core.demo).

Every person and company here is made up; e-mails use ``example.com`` and phones the 555 range.
"""

from __future__ import annotations

# First and last names by culture: a person's first and last name come from the same list.
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "arabic": (
        ("Layla", "Omar", "Aisha", "Khalid", "Fatima", "Yusuf", "Noor", "Hassan", "Rania", "Tariq",
         "Mariam", "Karim", "Huda", "Sami", "Dana", "Faisal", "Salma", "Ziad", "Lina", "Majid"),
        ("Haddad", "Al Mansouri", "Nasser", "Khoury", "Saleh", "Al Hashimi", "Barakat", "Farouk",
         "Aziz", "Al Zaabi", "Qasim", "Hamdan", "Mansour", "Darwish"),
    ),
    "south_asian": (
        ("Arjun", "Priya", "Ravi", "Ananya", "Vikram", "Sneha", "Rahul", "Kavya", "Imran", "Ayesha",
         "Sanjay", "Meera", "Farhan", "Deepa", "Rohan", "Zainab"),
        ("Mehta", "Iyer", "Kapoor", "Nair", "Sharma", "Reddy", "Qureshi", "Pillai", "Chaudhry",
         "Menon", "Desai", "Siddiqui", "Rao", "Malik"),
    ),
    "european": (
        ("Lukas", "Sofia", "Elena", "Thomas", "Chloé", "Marco", "Anna", "James", "Zoë", "Henrik",
         "Isabel", "Pierre", "Katarzyna", "Oliver", "Greta", "Matteo"),
        ("Schmidt", "Rossi", "Dubois", "Novak", "García", "O'Brien", "Jansen", "Müller", "Fischer",
         "Costa", "Bennett", "Lindqvist", "Kowalski", "Moreau"),
    ),
    "filipino": (
        ("Maria", "Jose", "Angelica", "Paolo", "Kristine", "Mark", "Rowena", "Jericho", "Bea",
         "Miguel", "Liza", "Carlo"),
        ("Santos", "Reyes", "Cruz", "Bautista", "Dela Cruz", "Mendoza", "Villanueva", "Aquino",
         "Ramos", "Tolentino"),
    ),
    "chinese": (
        ("Mei", "Wei", "Jun", "Xiaoling", "Hao", "Ying", "Li Na", "Kevin", "Grace", "Tian"),
        ("Li", "Wang", "Zhang", "Liu", "Chen", "Tan", "Lim", "Huang", "Zhou", "Wu"),
    ),
    "african_slavic": (
        ("Chidi", "Amara", "Kwame", "Olga", "Dmitri", "Ngozi", "Tatiana", "Kofi"),
        ("Okafor", "Mensah", "Petrova", "Ivanov", "Adeyemi", "Sokolova", "Boateng"),
    ),
}
CULTURE_WEIGHTS = {"arabic": 30, "south_asian": 25, "european": 20, "filipino": 12, "chinese": 9,
                   "african_slavic": 4}

# The chapter: 25+ distinct classifications, each with an invented company.
CLASSIFICATIONS: tuple[tuple[str, str, str], ...] = (
    # classification, company, job title
    ("Digital Marketing", "Brightpath Digital", "Founder"),
    ("Interior Design", "Dune & Stone Interiors", "Principal Designer"),
    ("Accountant", "Ledgerline Accounting", "Managing Partner"),
    ("Commercial Lawyer", "Crescent Legal Consultants", "Senior Associate"),
    ("Mortgage Broker", "Keystone Home Finance", "Mortgage Advisor"),
    ("Residential Real Estate", "Marina Gate Properties", "Sales Director"),
    ("IT Support", "Falcon IT Services", "Operations Manager"),
    ("Web Development", "Pixel Souk", "Lead Developer"),
    ("Photography", "Golden Hour Studio", "Photographer"),
    ("Printing & Signage", "Deira Print House", "General Manager"),
    ("Corporate Gifts", "Oud & Ribbon Gifts", "Owner"),
    ("Event Planning", "Oasis Events", "Event Director"),
    ("Catering", "Saffron Table Catering", "Head Chef"),
    ("Florist", "Desert Rose Flowers", "Owner"),
    ("General Insurance", "Shield Gulf Insurance Brokers", "Account Manager"),
    ("Financial Planning", "Horizon Wealth Partners", "Financial Planner"),
    ("Recruitment", "TalentBridge Recruitment", "Director"),
    ("Business Coaching", "Summit Coaching", "Executive Coach"),
    ("Dentistry", "Smile Line Dental Clinic", "Dentist"),
    ("Physiotherapy", "Motion Physio Centre", "Physiotherapist"),
    ("Travel Agency", "Wayfarer Travel", "Corporate Travel Manager"),
    ("Facilities Management", "CleanSpace Facilities", "Business Development Manager"),
    ("Translation Services", "Bayan Translation", "Founder"),
    ("Logistics & Freight", "Jebel Ali Freight Solutions", "Commercial Manager"),
    ("Architecture", "Arch Line Studio", "Architect"),
    ("Graphic Design", "Ink & Dot Design", "Creative Director"),
    ("Fitness Training", "Core Strength Coaching", "Personal Trainer"),
)

CHAPTER = {
    "name": "Dubai Pioneers",
    "city": "Dubai",
    "weekday": 2,  # Wednesday
    "start_time": "07:00",
    "venue": "Al Fahidi Hotel, Meeting Room 2, Bur Dubai",
    "currency": "AED",
    "annual_fee": "3950.00",
}
LEADERSHIP_ROLES = ("President", "Vice President", "Secretary/Treasurer", "Visitor Host",
                    "Education Coordinator", "Growth Coordinator", "Mentor Coordinator", "Visitor Host")

# Who "I" am in the sample: a member (the first classification above).
ME = ("Nadia", "Rahman")

INDUSTRY_COMPANIES: tuple[tuple[str, str], ...] = (
    # company, typical job title
    ("Gulf Horizon Trading", "Procurement Manager"), ("Zenith Hospitality Group", "Sales Manager"),
    ("Al Noor Medical Centre", "Practice Manager"), ("Blue Dhow Ventures", "Partner"),
    ("Emirates Edge Consulting", "Senior Consultant"), ("Palm Leaf Media", "Content Producer"),
    ("Sandcastle Developers", "Project Manager"), ("Atlas Fintech", "Head of Partnerships"),
    ("Lotus Wellness Spa", "Owner"), ("Corniche Auto Services", "Branch Manager"),
    ("Nakheel Trading House", "Export Manager"), ("Skyline Fit-Out", "Estimator"),
    ("Silk Road Imports", "Managing Director"), ("Harbour Lights Restaurant", "General Manager"),
    ("Mirage Events & Exhibitions", "Exhibition Manager"), ("Qamar Education", "Principal"),
    ("Greenleaf Landscaping", "Founder"), ("Tidewater Shipping", "Operations Lead"),
    ("Nimbus Cloud Solutions", "Solutions Architect"), ("Spice Route Kitchens", "Co-founder"),
    ("Meridian HR Consulting", "HR Consultant"), ("Red Dune Adventures", "Marketing Lead"),
    ("Alpine Coffee Roasters", "Head Roaster"), ("Coral Bay Clinic", "Medical Director"),
    ("Vantage Capital", "Investment Analyst"), ("Starling Kids Nursery", "Nursery Manager"),
    ("Pearl Diver Jewellery", "Designer"), ("Ironclad Security", "Security Consultant"),
    ("Bloom Beauty Lounge", "Salon Owner"), ("Catalyst Growth Labs", "Growth Marketer"),
    ("Northstar Engineering", "Mechanical Engineer"), ("Freelance", "Independent Consultant"),
    ("Freelance", "Content Creator"), ("Oryx Real Estate Brokers", "Property Consultant"),
    ("Sunrise Bakery", "Owner"), ("Dhow Harbour Logistics", "Fleet Manager"),
)

CITIES = ("Dubai",) * 12 + ("Abu Dhabi", "Abu Dhabi", "Sharjah", "Sharjah", "Ajman",
                            "Ras Al Khaimah", "Riyadh", "London", "Mumbai", "Manila", "Singapore")

EVENTS = ("Gitex 2025", "Dubai Chamber Mixer", "Charity Golf Day", "Expo City Business Forum",
          "Women in Business Breakfast", "Startup Grind Dubai")

ONE_TO_ONE_PLACES = ("Costa Coffee, Business Bay", "Tim Hortons, JLT", "% Arabica, Dubai Marina",
                     "Their office", "My office", "Online (Zoom)", "Common Grounds, Mall of the Emirates")

CEU_NOTES = ("Education slot: the art of the referral", "Podcast: Givers Gain", "Online training: 1-2-1s",
             "Book: The 29% Solution", "Member success programme", "Presentation skills workshop")

NETWORK_NOTES = (
    "Runs a growing team; interested in {topic}.",
    "Asked for an introduction to a good {need}.",
    "Very active on {network}; posts about {topic} every week.",
    "Looking for a reliable {need} for a new office.",
    "Knows everyone in {topic}; a great connector.",
    "Met briefly; follow up about {topic}.",
    "Wants to visit the chapter one Wednesday.",
    "Shares our posts; could be a referral partner for {need}.",
)
TOPICS = ("hospitality", "fintech", "real estate", "healthcare", "education", "retail", "logistics",
          "sustainability", "start-ups", "e-commerce", "wellness", "construction")

REFERRAL_NOTES = (
    "Needs {what} before the end of the quarter.",
    "Call after 10 am; mentioned our chapter.",
    "Expanding to a second branch; wants a quote for {what}.",
    "Warm lead, already knows your work.",
    "Asked me to pass on your number; expecting your call.",
    "Small job now, bigger project next year.",
)

INTERACTION_KINDS = {
    "in_person": ("meeting", "coffee", "event chat"),
    "one_to_one": ("meeting",),
    "online_meeting": ("video call",),
    "phone": ("call",),
    "messaging": ("message",),
    "email": ("email",),
    "linkedin": ("connected", "comment", "message"),
    "x": ("reply", "mention"),
    "facebook": ("comment", "message"),
    "instagram": ("comment", "story reply", "message"),
    "other": ("note",),
}
INTERACTION_NOTES = {
    "meeting": "Caught up over coffee.", "coffee": "Coffee and a catch-up.",
    "event chat": "Chatted at an event.", "video call": "Video call about working together.",
    "call": "Quick call to catch up.", "message": "Exchanged messages.", "email": "Sent a follow-up e-mail.",
    "connected": "Connected online.", "comment": "Commented on a post.", "reply": "Replied to a post.",
    "mention": "Mentioned us in a post.", "story reply": "Replied to a story.", "note": "",
}

USER_FOLLOWUPS = (
    "Send the proposal we discussed",
    "Invite to next Wednesday's meeting as a visitor",
    "Ask how the launch went",
    "Share the article about {topic}",
    "Book a one-to-one",
    "Introduce to a member who can help",
    "Congratulate on the new role",
    "Check whether the quote arrived",
)

"""An eighth set of hand-written English ticket messages (CC0) for other, newsletter and
legal. It adds hard negatives for ``other`` that borrow shop-like or legal words (insurance
claims, court and tribunal dates, parking fines, tax letters, homework, job applications,
phishing, notes meant for a bank, airline, phone network or landlord), newsletter opt-outs that
mention privacy only in passing, and legal matters with this shop (small claims, chargebacks,
disputes, Trading Standards, GDPR and ICO, copyright and trademark). Lengths and registers are
mixed. Same slots as ``ticket_cores_en``, minus the second product."""

CORES: dict[str, list[str]] = {
    "other": [
        (
            "Is this the right number to claim on my car insurance after someone reversed into "
            "me in a car park?"
        ),
        "wrong inbox sorry, that was meant for my bank",
        "I got a parking fine yesterday, how do I appeal it?",
        "I need to move my employment tribunal hearing to another date, is this the right office?",
        (
            "Your account has been suspended, verify your details at the link below within 24 "
            "hours to avoid permanent closure."
        ),
        "testing testing 1 2 3",
        "Does anyone know if the tax office is open on Saturdays?",
        "Please find attached my application for the warehouse assistant job at Hadley Logistics.",
        "is this the phone company? my bill went up again and nobody told me why",
        "Hi, it's the tenant from flat 3, the rent will be two days late this month, sorry.",
        (
            "My flight to {country} was cancelled, is this where I claim the compensation the "
            "airline owes me?"
        ),
        "whats the difference between a solicitor and a barrister, its for my law homework",
        (
            "HMRC NOTICE: you are due a tax refund of {amount}, confirm your bank details today"
            " to receive it."
        ),
        "ignore this, just checking the form sends",
        "How many days of jury service will I actually have to do?",
        (
            "Hello, I've got a court date next month for a speeding offence and I'll be abroad "
            "that week. Who do I contact to get it rearranged?"
        ),
        (
            "Someone hit my parked car outside {address} last night and drove off. Do I report "
            "it to the police first or to my insurer?"
        ),
        (
            "I had a letter from the tax office saying I owe {amount} from two years ago. I've "
            "no idea what it's for, can anyone explain what I should do?"
        ),
        (
            "my teacher said we have to write a persuasive letter complaining about a product "
            "for english homework. can u give me an example of one?"
        ),
        (
            "Dear Hiring Manager, I'm applying for the nursing assistant post advertised at St "
            "Mary's Hospital. My CV and two references are attached."
        ),
        "Hey it's Jess, are we still on for drinks Friday? Let me know if Tom's coming or not.",
        (
            "My broadband has been down since Saturday and the router light keeps flashing red."
            " Can you send an engineer out?"
        ),
        (
            "I need to cancel Bella's vaccination appointment at the vet on Tuesday, she's fine"
            " now. Could you book her in for next week instead?"
        ),
        (
            "We noticed a login to your online banking from a new device. If this wasn't you, "
            "reply with your card number and PIN so we can secure your account."
        ),
        (
            "My landlord wants to keep my whole deposit because of one small stain on the "
            "carpet. Is he allowed to do that?"
        ),
        (
            "Test message from the IT team, please do not reply. We're checking the mail server"
            " after last night's upgrade."
        ),
        (
            "Hello, I want to know how I change the address on my driving licence. I moved to "
            "{address} last month and the police told me I must update it."
        ),
        (
            "My home insurance company has rejected my claim for the water damage in the "
            "kitchen. How do I appeal against their decision?"
        ),
        (
            "i lost my bus pass and the council says i have to pay fifteen quid for a new one. "
            "is that normal??"
        ),
        (
            "hello sorry to bother, I am student and I look for a room to rent near the "
            "university. you know somebody?"
        ),
        (
            "Following the accident on the roundabout {when}, I'm writing to submit my claim. "
            "The other driver has admitted fault, and I have photos and the details of two "
            "witnesses. The garage estimates the repair at {amount}. Please let me know what "
            "else you need and whether I'm covered for a courtesy car in the meantime."
        ),
        (
            "I'm due in the family court on the 14th for a hearing about contact with my two "
            "kids. My solicitor has just told me she's ill and can't represent me. I can't "
            "afford someone new at such short notice. Does anyone know whether I can ask the "
            "court to postpone, or do I have to go on my own?"
        ),
        (
            "I got a parking charge notice in the post today from the private car park by the "
            "leisure centre. I was only there for twenty minutes to pick up my daughter, and "
            "the pay machine wasn't taking cards. The letter says the charge doubles if I don't"
            " pay within 14 days. Do I have to pay it, or is it worth appealing?"
        ),
        (
            "Dear Sir or Madam, I have received a letter saying my tax code has changed and I "
            "am now on an emergency rate. My employer and salary are the same as last year. As "
            "a result an extra {amount} was deducted from my pay this month. Could you please "
            "review my tax code and correct it? My National Insurance number is on the letter."
        ),
        (
            "Dear Ms Okafor, thank you for inviting me to interview for the junior accountant "
            "role at Brightwell & Co. I'm writing to confirm that I can attend on Thursday at "
            "10am as suggested. I will bring my passport and degree certificate as requested. I"
            " look forward to meeting you and the team."
        ),
        (
            "Dear valued customer, this is the Fraud Prevention Team at your bank. A payment of"
            " £749.99 to an overseas merchant has been flagged on your card. If you did not "
            "authorise this transaction, call us immediately on the number below and have your "
            "online banking passcode ready. Failure to respond within 12 hours will result in "
            "your card being blocked."
        ),
        (
            "Hello, we submitted our mortgage application three weeks ago and were told we'd "
            "hear back within ten working days. Our solicitor is chasing because the sellers "
            "want to exchange contracts by the end of the month. Could you tell us whether the "
            "valuation has been done and when we can expect an offer? The application reference"
            " is on the letter you sent us."
        ),
        (
            "I flew back from {country} on Sunday and my suitcase never came off the carousel. "
            "I filled in the lost baggage form at the airport, but nobody from the airline has "
            "been in touch since. It has all my work clothes and my son's inhaler in it. Can "
            "you tell me whether it's been found and when it will be brought to my house?"
        ),
        (
            "I've been with your network for six years and my phone contract ended in March, "
            "but you're still charging me for the handset on top of the airtime. Surely the "
            "phone is paid off by now. Please switch me to a SIM-only plan and credit back what"
            " I've overpaid since the contract ended. If this isn't sorted I'll be going to the"
            " telecoms ombudsman."
        ),
        (
            "Hi Mr Jenkins, please take this as my one month's written notice on the flat at "
            "{address}; my last day will be the 30th. I'll have it professionally cleaned "
            "before I hand back the keys. Could you let me know when you'd like to do the "
            "check-out inspection? Also, when can I expect the deposit back? Thanks for being a"
            " decent landlord these three years."
        ),
        (
            "My son has a science project due on Monday about making a simple circuit with a "
            "battery and a bulb. We've got the battery and the wires, but the bulb won't light "
            "up whatever we do. He's getting upset and I'm no help at all. Can someone explain "
            "what we might be doing wrong?"
        ),
        (
            "Hiya, no real question. I'm on a night shift at the hospital and it's deadly "
            "quiet, so I'm messaging anyone who'll answer. Do you lot work nights as well? "
            "What's the weirdest message anyone has ever sent you?"
        ),
        (
            "This is a test of the new contact form integration, sent from the staging "
            "environment. Please disregard it. If you can see this in the helpdesk, the webhook"
            " is working. No reply needed. Thanks, the dev team."
        ),
        (
            "I've received a jury summons for the crown court starting on the 3rd, but I have a"
            " holiday to {country} booked and paid for that same week. I've got the booking "
            "confirmation to prove it. I don't want to get into trouble for not turning up. Who"
            " do I write to in order to defer it, and how much notice do they need?"
        ),
        (
            "Hello, I am writing for my brother because his English is not good. He have an "
            "accident with his car on the motorway and the other driver say it is his fault, "
            "but it is not true. The police make a report and now the insurance of the other "
            "man want that he pay {amount}. What he must do, and must he take a lawyer?"
        ),
    ],
    "newsletter": [
        "please take me off your mailing list, i don't even remember giving you my email",
        "Unsubscribe this address from all your marketing, thanks.",
        "How do I sign up for the newsletter without creating an account?",
        "stop sending me promo emails ffs",
        "Is there a newsletter just for the clearance sales? Put me on it if so.",
        "I'm happy to get your offers by email but not by text, can you turn the texts off?",
        (
            "Please remove my email from your marketing list; I don't want my details used for "
            "advertising."
        ),
        (
            "I never agreed to receive marketing from you, as far as I know. Please unsubscribe"
            " me from the newsletter and the SMS offers."
        ),
        (
            "I stopped getting the Friday offers email and can't tell if I unsubscribed by "
            "accident. Could you check whether I'm still on the list, and add me back if not?"
        ),
        (
            "Your marketing emails are going to my work inbox. Please unsubscribe that address "
            "and I'll sign up again with my personal one."
        ),
        (
            "i dont want my email used for adverts. take me off every mailing list you have, "
            "thats all"
        ),
        (
            "Hello, I would like to receive the news about the new collection by email. Where I"
            " can write my address for this?"
        ),
        (
            "Please stop sending marketing emails to this address. I'm not asking you to delete"
            " my account or my order history, just to stop the promotions."
        ),
        (
            "Got your autumn sale email three times today. Once is plenty, or honestly none at "
            "all, so please unsubscribe me."
        ),
        (
            "I bought a {garment} from you {when} and was happy with it. At checkout there was "
            "a pre-ticked box about news and offers, which I didn't notice until the emails "
            "started. I'm not making a fuss about privacy, I'd just rather not have the "
            "clutter. Please take me off the mailing list and confirm when it's done."
        ),
        (
            "Dear team, I looked at your privacy notice after receiving a newsletter I don't "
            "recall signing up for. It says I can withdraw consent to marketing at any time, so"
            " I'd like to do that now. I'm happy for you to keep sending order and delivery "
            "updates. Please just stop the promotional emails."
        ),
        (
            "I'm planning to buy a {item} for my dad's birthday, and a friend said your "
            "newsletter sometimes has discount codes. I don't mind getting emails for a while. "
            "How do I join, and how soon does the welcome code arrive? I'd like to use it "
            "before his birthday next month."
        ),
        (
            "There are four of us in this house and every one of us seems to get your offers, "
            "plus the printed catalogue through the door. That's a lot of paper and a lot of "
            "emails for the same deals. Could you keep just one subscription, mine, and take "
            "the others off? Their addresses are listed below."
        ),
        (
            "Hello, I am from {country} and I live in the UK only six months. I made one order "
            "and now I get many emails with offers every day, sometimes three. I don't "
            "understand how I stop it, the link asks me a password and I don't remember it. "
            "Please can you remove my email from the list?"
        ),
        (
            "Quick one. I unsubscribed on your website {wait} ago and got the confirmation, so "
            "I assume the system needs time. But I've had five sale emails since then. How long"
            " does it actually take, and can you remove me manually in the meantime?"
        ),
    ],
    "legal": [
        "I've filed a claim against your company through the online small claims court service.",
        (
            "Under Article 17 of the GDPR, erase every record you hold about me, not just the "
            "account."
        ),
        "Your listing uses my registered trademark and logo without permission. Remove it today.",
        "My bank has upheld my chargeback for {order}, so stop chasing me for the money.",
        "i reported u to trading standards today, enjoy",
        "Please give me your registered company address so my solicitor can serve the claim.",
        "I've opened a PayPal dispute because the {item} you sold me as genuine is a counterfeit.",
        (
            "This is a subject access request. Please send me copies of all my personal data, "
            "including call recordings and chat logs, within one calendar month."
        ),
        (
            "You charged me {amount} for goods I returned in January and never refunded it. My "
            "credit card provider is now handling this as a disputed transaction and will "
            "contact you directly."
        ),
        (
            "I own the copyright in the product photos on your lampshade pages; you copied them"
            " from my website. Remove them within 7 days or I'll send a formal takedown notice "
            "to your host."
        ),
        (
            "hello, i dont receive my money back after 2 month. i went to the consumer "
            "protection office in {country} and they open a case against your shop, they will "
            "write to you."
        ),
        (
            "I represent Harlow Textiles Ltd. Your 'Harlow' cushion range infringes our "
            "registered trademark, and we require you to stop selling under that name "
            "immediately."
        ),
        (
            "Citizens Advice say I have a strong case against you. Unless the full amount is "
            "repaid by Friday, I'll be filing a claim in the county court."
        ),
        (
            "Someone used my stolen card to buy from your site. I've reported it to the police "
            "as fraud, and I need you to keep the order records and IP address for their "
            "investigation."
        ),
        (
            "Last week I rang your customer service about a delivery, and afterwards I "
            "discovered your agent had read out my full address and date of birth to someone "
            "who called pretending to be me. That person then tried to open a credit account in"
            " my name. This is a serious data protection failure. I've reported it to the "
            "Information Commissioner's Office and I want a written explanation of how it "
            "happened."
        ),
        (
            "I bought a {item} from you {when}, advertised as brand new, and it arrived clearly"
            " used, with someone else's fingerprints and settings still on it. I asked for my "
            "money back twice and was refused both times. I've now disputed the payment I made "
            "with {pay}. Please send any evidence you want considered to them rather than to "
            "me."
        ),
        (
            "This is my final attempt to settle before court. You've had my letters dated the "
            "2nd and the 16th, and neither has been answered. I've completed a small claims "
            "form for {amount} plus the court fee and my costs. If full payment isn't received "
            "within 14 days, I will submit it without further notice."
        ),
        (
            "Dear Sirs, we are instructed by Mr D. Novak in connection with an electric scooter"
            " purchased from your website in May. On 4 August the battery caught fire while "
            "charging, causing extensive damage to our client's garage. Our client holds you "
            "liable under the Consumer Protection Act 1987. Please forward this letter to your "
            "insurers and confirm receipt within 21 days."
        ),
        (
            "Your 'was £120, now £40' prices are fake. I watched the {item} for months and it "
            "was never once sold at the higher price. That's a misleading pricing practice, so "
            "I've reported it to Trading Standards with dated screenshots. I expect you'll be "
            "hearing from them."
        ),
        (
            "ok so i asked you 5 weeks ago for a copy of all my data and got nothing. thats "
            "past the one month legal limit. ive now complained to the ICO and they told me to "
            "let you know. just send the data."
        ),
    ],
}

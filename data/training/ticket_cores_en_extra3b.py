"""A fifth set of hand-written English ticket sentences (CC0) for seven neighbouring categories
(subscription_change, account_help, billing, policy_question, sales_question, feedback,
newsletter). It adds plain chat-widget requests (I need help with..., could you help me to...,
where can I see...), e-mails with a back-story, and terse, typo-ridden, non-native and formal
wordings with synonyms (receipt/bill, sign in, mailing list, rating), and it stresses the
borders: rules against product questions, praise and ideas against complaints, payments against
refunds, subscriptions against orders, log-in against marketing e-mails. Same slots as
``ticket_cores_en``."""

CORES: dict[str, list[str]] = {
    "subscription_change": [
        "i want to pause my subscription",
        "I need help changing my subscription plan.",
        "could you help me to skip my next box?",
        "How can I change my membership plan?",
        "What do I have to do to cancel my membership?",
        "I'd like to switch to the quarterly box.",
        "Where can I manage my subscription settings?",
        "I have a problem with my subscription, it won't let me change the delivery frequency.",
        "how do i stop the auto-renewal on my plan",
        "can i get my box every 3 weeks instead",
        "I want to unsubscribe from the coffee bean delivery plan.",
        "Can I change my membership from yearly to monthly?",
        "pause membership please",
        "I paused my subscription {when}, how do I restart it?",
        "Can the {item} be added to my monthly subscription?",
        (
            "We've still got a freezer full of meals from the last two boxes. Could you pause our"
            " subscription until further notice?"
        ),
        (
            "I joined the premium membership {when} for the free delivery, but I hardly order "
            "enough to make it worth it. Please move me back to the basic tier."
        ),
        (
            "My partner and I are moving abroad next month and the box can't follow us. Please "
            "end the subscription after the current cycle."
        ),
        (
            "The refills arrive faster than I can use them. Could you change my subscription so "
            "they come every eight weeks instead of four?"
        ),
        (
            "I've been in the wine club for two years and loved it, but money is tight right now."
            " Can I freeze my membership rather than close it?"
        ),
        (
            "I'm away for {wait} from next week. Please skip whichever box falls in that time and"
            " carry on as normal after."
        ),
        (
            "I signed up for the vegetarian box but eat fish again now. Could you switch my "
            "subscription to the pescatarian option?"
        ),
        (
            "I bought my mum a gift subscription {when}. She'd rather get it every other month, "
            "can you change the frequency?"
        ),
        (
            "My student discount on the membership ended when I graduated. I'd rather drop to the"
            " cheapest plan than pay full price for premium."
        ),
        (
            "I want my annual membership to simply run out at the end of the year. Please make "
            "sure it doesn't auto-renew, the setting is confusing."
        ),
        (
            "Since the baby arrived we get through nappies much faster. Please increase my "
            "subscribe-and-save order to two packs a month."
        ),
        (
            "Hello, I have the monthly tea subscription and would like to change it to a six-"
            "month prepaid plan. Can you do that from your end?"
        ),
        (
            "I tried to skip next month in the app {when} but the button was greyed out. Could "
            "you skip it for me?"
        ),
        (
            "Our office has the weekly snack box, but half the team works from home now. Could "
            "you move us to fortnightly?"
        ),
        (
            "Hi, I'm travelling for {wait} and won't be home to receive anything. Please hold my "
            "subscription and restart it when I'm back."
        ),
        (
            "I don't want to cancel {order}, which is on its way, only the subscription behind "
            "it, so nothing else comes after this one."
        ),
        "pls cancel my membrship",
        "skip nxt box thx",
        "change sub to every 2 month",
        "Hello, I want make my subscription more small, only one box not two.",
        "Please, my membership I want to stop it from next month, thank you.",
        (
            "Dear Sir or Madam, I hereby request that my subscription be suspended for a period "
            "of two months."
        ),
        (
            "Would it be possible to alter the delivery frequency of my subscription? My last box"
            " came {when}."
        ),
        "Could you take the {item} out of my recurring box from now on?",
        "I no longer wish to continue my membership.",
        (
            "subscription still active?? i cancelled it in the app {when}, please make sure it's "
            "stopped"
        ),
        "Upgrade me to the family plan please.",
        "I'm on the {amount} per month plan, is it possible to move to a cheaper one?",
        "i dont want the monthly box anymore, end it after this one",
        "My subscription reference is {order}, please hold it for six weeks.",
    ],
    "account_help": [
        "i forgot my password",
        "I need help with logging in.",
        "could you help me to create an account?",
        "I'd like to update the email I sign in with.",
        "What do I have to do to register?",
        "how can I delete my account?",
        "I have a problem with my login.",
        "Where can I see my account details?",
        "how do i sign in with my phone number instead of my email",
        "can't sign in",
        "I need to reset my log-in.",
        "How can I switch between my personal and work accounts?",
        "could you help me set a new password?",
        "my account is blocked",
        "How do I register without a Google account?",
        (
            "I placed {order} as a guest before deciding to sign up. Now that I have an account, "
            "can that order be linked to it?"
        ),
        (
            "I got a new phone {when} and the authenticator app didn't transfer over. Now I can't"
            " get past the two-step check when logging in, please help."
        ),
        (
            "My daughter set up the account with her email years ago and she's since left home. "
            "I'd like to change the login email to mine so I can manage it."
        ),
        (
            "I haven't shopped with you for a long time and don't plan to again. Please close my "
            "account and wipe my profile."
        ),
        (
            "I tried registering three times this morning and each time the page says 'something "
            "went wrong'. Is there a problem with sign-ups?"
        ),
        (
            "When I click 'forgot password' nothing happens, no email, not even in spam. I've "
            "been trying since {when}."
        ),
        "I changed my surname after getting married. How can I update the name on my account?",
        (
            "I logged in fine when I bought the {item} and my browser saved the password, yet now"
            " the site says the details are incorrect. Could you check my account?"
        ),
        (
            "My husband and I share one account and it's getting confusing. Can we split it into "
            "two separate accounts?"
        ),
        (
            "The verification code you text me arrives after it has already expired, so I can "
            "never finish signing in."
        ),
        (
            "I received an email saying my account password was changed, but it wasn't me. Please"
            " help me secure my account."
        ),
        (
            "I was halfway through creating an account when the page crashed. Now I can't finish "
            "the sign-up because I never got to set a password."
        ),
        (
            "I used to log in with Apple, but I've moved to an Android phone. How do I get into "
            "my account now?"
        ),
        (
            "After your site update {when} my saved login stopped working, and the reset email "
            "goes to an old address I no longer have."
        ),
        "pasword reset not working",
        "cant loggin to my acount help",
        "i need new password pls",
        (
            "Hello, I cannot make the registration from {country}, the button for confirm is not "
            "working."
        ),
        "Please, how I change my e-mail in my profile?",
        "Good afternoon, I would be grateful if you could deactivate my customer account.",
        "Kindly assist me in regaining access to my account; my last order was {order}.",
        "Is it possible to have two accounts with the same email?",
        "Why does it keep asking me to verify my account?",
        "The 'create account' button does nothing.",
        "my sign in doesnt work on the app",
        "Username already taken? I've never registered before.",
        "How do I change my date of birth on my profile?",
        "log me out of all devices please, I signed in on a friend's laptop",
        "I can't log in to look at {order}, it keeps saying my password is wrong.",
        "I moved to {country}, can I still use my existing account or do I need a new one?",
    ],
    "billing": [
        "which ways can I pay?",
        "I need help with an invoice.",
        "could you help me to get a receipt for {order}?",
        "I'd like to pay with {pay}, is that possible?",
        "What do I have to do to get a VAT invoice?",
        "how can I download my invoice?",
        "I have a problem with my payment.",
        "Where can I see my invoices?",
        "my card got declined",
        "can I pay cash on delivery?",
        "do you take American Express?",
        "Could I have the bill for {order} as a PDF?",
        "why was my card charged {amount}?",
        "Can I pay by direct debit?",
        "payment with {pay} not going through",
        (
            "I ordered {when} and paid with {pay}. The money left my account twice, {amount} each"
            " time. Can you look into the duplicate payment?"
        ),
        (
            "Our accounts department needs an invoice addressed to the company rather than to me."
            " Could you reissue the one for {order}?"
        ),
        (
            "I tried to check out three times last night and each time my card was declined, "
            "although my bank says nothing is wrong with it. What's going on?"
        ),
        (
            "My banking app shows a pending payment to you from {when}, but I abandoned the "
            "basket and never placed the order. Why is it there?"
        ),
        (
            "I'm claiming the {item} as a work expense and the emailed receipt doesn't show your "
            "company address. Could you send a full invoice?"
        ),
        (
            "I live in {country} and my card isn't accepted at checkout. Is there another way I "
            "can pay?"
        ),
        (
            "I used a gift card and my debit card on the same order, but the invoice only shows "
            "the card payment. Can you correct it?"
        ),
        (
            "Klarna says I owe {amount}, but I paid the whole amount upfront with my debit card. "
            "Can you check how my order was paid?"
        ),
        (
            "I got a payment reminder for an order I paid for at the time. Can you confirm you "
            "received my payment?"
        ),
        (
            "The checkout added a card fee of {amount} that wasn't mentioned anywhere. What is "
            "this charge for?"
        ),
        (
            "Hi, my invoice shows the old price of the {item}, not the sale price I actually "
            "paid. Could you send a corrected invoice?"
        ),
        (
            "I'm self-employed and need receipts for everything I bought this year. Is there a "
            "way to get them all in one go?"
        ),
        (
            "My bank asked me to approve the payment in its app, but it timed out before I could."
            " Do I need to pay again?"
        ),
        (
            "I paid by bank transfer {when} with the reference you gave me. Can you confirm the "
            "payment has arrived?"
        ),
        (
            "Apple Pay shows the payment as complete, but your website says it failed. Was I "
            "charged or not?"
        ),
        "invoice pls for {order}",
        "charged 2x for same order??",
        "recipt not recieved",
        "Hello, the payment is not accept, I try with two cards.",
        "Dear team, kindly provide a tax invoice for my recent purchase.",
        "Could you confirm whether you accept payments in euros?",
        "Is there a fee for paying with {pay}?",
        "My invoice shows my old billing address, please update it.",
        "Can the receipt be emailed to a different address than my account email?",
        "do u have buy now pay later",
        "The payment page won't load the card form at all.",
        "Please send me a pro forma invoice so my company can pay before you ship.",
        "How can I pay for my order with a voucher and a card together?",
        "The 3D Secure check keeps failing when I try to pay.",
        (
            "My receipt for {order} is missing the delivery charge I paid, can you resend a "
            "correct one?"
        ),
    ],
    "policy_question": [
        "I need info about your return policy.",
        "could you tell me how long the return window is?",
        "what are the delivery costs?",
        "how much is delivery to {country}?",
        "do you do free shipping?",
        "I'd like to know your refund policy.",
        "Is it possible to exchange an item for another size, or can it only be returned?",
        "How can I find out about your warranty?",
        "Where can I see your shipping options?",
        "Do you charge anything if I cancel?",
        "Is there a warranty on the {item}?",
        "how long does express delivery take?",
        "does {carrier} deliver for you on saturdays",
        "Do I get free returns as a member?",
        "Is the return period shorter for clearance items?",
        (
            "I'm thinking of buying a sofa but I'm nervous it won't suit the room. Can large "
            "items like furniture be returned, and who collects them?"
        ),
        (
            "I'm ordering a present for my brother's birthday in {country}. Before I do, do you "
            "deliver there and roughly how long does it take?"
        ),
        (
            "A friend told me you only give store credit and never refunds. Is that true, or can "
            "I get my money back if I return something?"
        ),
        (
            "I'd like to buy a {garment} in two sizes and keep whichever fits. Is that allowed, "
            "and is returning the other one free?"
        ),
        (
            "We're hosting a wedding and need the tableware by a set date. Do you offer "
            "nominated-day delivery, and what does it cost?"
        ),
        (
            "My old {item} from another shop broke after 13 months and they refused to help. "
            "Before buying from you, what does your guarantee cover?"
        ),
        (
            "I'm usually at work during the day. What are the delivery options, can I use a "
            "parcel locker or have it left with a neighbour?"
        ),
        (
            "Your website mentions 'extended returns' over Christmas. What exactly are the dates,"
            " and does it apply to everything?"
        ),
        (
            "My plans might change after I order. Up to what point can an order be cancelled, and"
            " is there a fee once it has been packed?"
        ),
        (
            "I live on a Scottish island and some shops charge a lot extra. Do you add a "
            "surcharge for remote postcodes?"
        ),
        (
            "Before I order a mattress: do you have a trial period, and what happens if I don't "
            "like it after sleeping on it?"
        ),
        (
            "In general, if an item arrives and I've simply changed my mind, do I get the full "
            "price back or is a fee taken off?"
        ),
        (
            "I'm ordering from {country}. If I need to return something, where does it go, and do"
            " you cover the postage?"
        ),
        (
            "Hi, quick question about your exchange policy: if the colour I want costs more, do I"
            " pay the difference or is it a straight swap?"
        ),
        (
            "Does the manufacturer's warranty or your own guarantee apply to things bought on "
            "your site, and do I need to register the product?"
        ),
        "return policy??",
        "shipping cost to {country}?",
        "how many day for return, please?",
        (
            "Hello, is possible to change the product after delivery if I don't like the colour, "
            "for example {colour}? What is the rule?"
        ),
        "Could you kindly clarify your policy on refunds for items received as gifts?",
        "Do you offer same-day delivery anywhere?",
        "Is delivery free over {amount}, and does that include sale items?",
        "If I pay with {pay} and later return something, does the refund go back the same way?",
        "Are your delivery prices the same for big and small items?",
        "Does your warranty cover accidental damage?",
        (
            "Just asking in general, not about an order: can somebody else sign for a delivery, "
            "or must it be me?"
        ),
        "Can items bought with a discount code be returned for a full refund?",
        "If a delivery is refused at the door, do you still charge for the shipping?",
        "Is {carrier} the only courier you use, or can I choose?",
        "Do you guarantee delivery within {wait} for international orders?",
    ],
    "sales_question": [
        "I need help placing an order.",
        "could you help me to find a {item} under {amount}?",
        "I'd like to buy the {item}, is it in stock?",
        "What do I have to do to get the new-customer discount?",
        "any coupon codes going?",
        "when will {size} be restocked in the {garment}?",
        "Where can I see what's new in stock?",
        "I have a question about the {item} before I buy it.",
        "How can I check if the {item} is in stock near me?",
        "does this one come in {colour} too",
        "Is the {item} on sale?",
        "do you sell replacement lids for the teapot?",
        "Is there a multibuy offer on candles?",
        "How do I use a promo code when ordering?",
        "what's the battery life on the speaker?",
        (
            "I'm redecorating the living room and love the look of your {item}. Does it come in "
            "anything other than {colour}, and is a new colour coming soon?"
        ),
        (
            "My sister has a nut allergy and I'd like to send her one of your hampers. Do any of "
            "them come without nuts?"
        ),
        (
            "I bought a coffee machine from you last year and love it. Do you sell descaling "
            "tablets that are safe to use with it?"
        ),
        (
            "We've just moved into a flat with a tiny kitchen. Which of your air fryers is the "
            "most compact, and does it still fit a whole chicken?"
        ),
        (
            "I'm trying to order but my basket empties every time I go to checkout. Is there "
            "another way to place an order?"
        ),
        (
            "I cycle to work in all weathers. Is the {garment} fully waterproof or just shower-"
            "resistant?"
        ),
        (
            "Saw the {item} in your shop window {when} but can't find it on the website. Do you "
            "still sell it?"
        ),
        (
            "I'm after a gift for a colleague who's retiring, budget around {amount}. What would "
            "you suggest?"
        ),
        (
            "The product page says 'coming soon' for the {item}. Is there a release date, and can"
            " I order it in advance?"
        ),
        "I have sensitive skin and react to wool. Is the {garment} pure cotton, or is it a blend?",
        (
            "I'm choosing between two lamps for a reading corner. Which one gives the warmer, "
            "brighter light?"
        ),
        (
            "Your website says the {item} is out of stock online, but the store locator shows "
            "some in Bristol. Can I buy one there?"
        ),
        "I'm a teacher and heard some shops give educator discounts. Do you offer one?",
        (
            "I'm not very good with computers. Could someone walk me through how to add the "
            "{item} to my basket and buy it?"
        ),
        (
            "I need twelve matching mugs for a dinner party next month. Do you have that many of "
            "the speckled ones in stock?"
        ),
        "{item} back in stock when??",
        "is this vegan leather",
        "does the kettle have auto shut off",
        "Hello, the {item} is original product or copy?",
        "Please, which is the material of the {garment}? It is natural?",
        (
            "Good morning, could you advise whether the dining set can be purchased without the "
            "bench?"
        ),
        "Is there a limit on how many I can buy?",
        "Do you sell refills for the reed diffuser?",
        "Any chance of a discount if I buy today?",
        "Is the {item} new or refurbished?",
        "wat colours does the {garment} come in",
        "Does the lamp come with a bulb?",
        "Do you have a gift guide or recommendations for dads?",
        "Can I buy the display model of the {item}?",
        "Is this the latest version of the {item} or last year's?",
    ],
    "feedback": [
        "i want to leave a review",
        "I need help leaving a review for the {item}.",
        "could you help me to post a rating for my order?",
        "I have some feedback on your app.",
        "What do I have to do to write a product review?",
        "how can I give your shop a star rating?",
        "I have an idea for a new product.",
        "Where can I submit a suggestion?",
        "just wanted to say thanks, you're great",
        "love your shop",
        "I'd like to share a suggestion about your delivery options.",
        "the {carrier} courier was amazing today",
        "Can I upload photos with my review?",
        "How do I edit a review I left?",
        "Is there a form for customer opinions?",
        (
            "I ordered the {item} {when} expecting it to take a week, and it was on my doorstep "
            "the next morning. The {carrier} driver even waited while I came down. Great service."
        ),
        (
            "I've bought from lots of online shops, but yours is the first where the product "
            "looked exactly like the photos. Keep it up."
        ),
        (
            "I've been using your {item} every day for {wait} now and it's held up brilliantly. "
            "Happy to write a review if you send me a link."
        ),
        (
            "My grandson helped me order on your website and we both found it very "
            "straightforward. Thank you for making it so simple."
        ),
        (
            "An idea for you: lots of us buy the same things every month, so a 'buy again' button"
            " in the order history would save a lot of time."
        ),
        (
            "I wanted to let you know the person on live chat {when} was patient and friendly, "
            "even though my question was a silly one."
        ),
        (
            "Your {item} has been a hit with everyone who's visited, I keep getting asked where "
            "it's from. Thought you'd like to know."
        ),
        (
            "We'd love a smaller version of the {item} for the kids' room. Just putting the idea "
            "out there."
        ),
        (
            "I run a small book club and we'd all love it if you added a reading-light section. "
            "Only a suggestion, no reply needed."
        ),
        (
            "The parcel arrived in the middle of a storm and {carrier} had wrapped it in an extra"
            " bag to keep it dry. Please pass on my thanks."
        ),
        (
            "I've left a five-star review on Trustpilot but wanted to tell you directly too: "
            "fantastic shop."
        ),
        (
            "Overall I'm happy, but one small point: the care label on the {garment} is a bit "
            "scratchy. Maybe a printed label would be better?"
        ),
        (
            "I received a survey email after {order} but the link was broken. I'd still like to "
            "give my feedback, where can I do it?"
        ),
        (
            "Just finished reading the booklet that came with my order, lovely idea to include "
            "recipes. More of that please!"
        ),
        (
            "I work in retail myself so I notice these things: your unboxing experience is one of"
            " the best I've seen."
        ),
        "5 stars, would buy again",
        "gr8 service ty",
        "the {item} is realy good quality, i like it very much",
        (
            "Hello, I want say thank you, the delivery of the {item} was very fast and the driver"
            " very kind."
        ),
        "I would like to express my sincere appreciation for the excellent service I received.",
        "suggestion: dark mode for the app",
        "Could you add a filter for vegan products? Would help a lot.",
        "The {garment} feels great and looks even better on, happy customer here.",
        "Just a comment, the new logo looks smart.",
        "Neutral feedback: product fine, delivery fine, nothing special either way.",
        "Why not offer a refill scheme for the candles? I'd use it.",
        "My rating for the {item}: 4/5, solid but a bit heavy.",
        "Is there anywhere I can leave a comment about your staff in store?",
        "Wanted to recommend you add gift receipts as an option at checkout.",
        "Delivery by {carrier} was spot on, it arrived in exactly the time slot they promised.",
    ],
    "newsletter": [
        "how can I join your newsletter?",
        "I need help unsubscribing from your emails.",
        "could you help me to get off your mailing list?",
        "I'd like to start getting your newsletter.",
        "What do I have to do to stop the promo emails?",
        "Where can I see my newsletter settings?",
        "I have a problem with the unsubscribe link, it gives an error page.",
        "stop the spam emails please, ive had 5 since {when}",
        "can i subscribe to the mailing list",
        "I want out of your marketing emails.",
        "opt me in to promo emails",
        "How do I stop the sale alerts?",
        "sign me up for news and offers",
        "I'd like to get the weekly deals email.",
        "remove me from all marketing",
        (
            "I signed up for the newsletter to get 10% off, but the welcome email with the code "
            "never came. Can you check my subscription?"
        ),
        (
            "Ever since I bought the {item} {when} I've been getting three or four promotional "
            "emails a day. Please take me off the mailing list."
        ),
        (
            "I share an inbox with my wife and she's the one who shops with you. Could you stop "
            "sending the newsletters to this address?"
        ),
        (
            "I clicked unsubscribe {wait} ago and even got a confirmation page, but the offer "
            "emails keep coming. Please remove me properly."
        ),
        (
            "I love my {item} and want to hear about new launches first. Is there a newsletter I "
            "can join?"
        ),
        (
            "Order confirmations and delivery updates are useful, but the promotions aren't. Can "
            "I switch off only the marketing ones?"
        ),
        (
            "I'm moving to {country} and would like the newsletter for that country instead, with"
            " prices in the local currency."
        ),
        (
            "My late father's email is still on your mailing list and the offers keep arriving. "
            "Could you please remove it?"
        ),
        (
            "I was a subscriber years ago and miss the seasonal recipe emails. How can I start "
            "getting them again?"
        ),
        (
            "I get your leaflets at {address} and your texts on my phone. Please stop both, I'm "
            "not interested in promotions."
        ),
        (
            "I ticked the box for marketing emails by accident when I placed {order}. Could you "
            "undo that for me?"
        ),
        "Can I get the newsletter for menswear only, not homeware?",
        (
            "Hi, I subscribed to the newsletter on my phone {when} but didn't get the email to "
            "confirm it. Could you resend it?"
        ),
        "Please take our team inbox off your promotional list, it's cluttering our orders folder.",
        (
            "I'd like to stop receiving the newsletter now. Nothing wrong with it, I just get too"
            " many emails."
        ),
        "unsubcribe pls",
        "no more promo mails",
        "stop newsletter",
        "Hello, please I want not receive more the publicity emails.",
        "Kindly remove my address from your distribution list.",
        "I wish to subscribe to your mailing list, please.",
        "Is there an SMS version of your offers I can sign up for?",
        "do you have a newsletter?",
        "How do I turn off the push notifications about deals in the app?",
        "Can I add a second email address to the newsletter?",
        "Please stop the promotional post to {address}.",
        "Subscribe this email to your newsletter, thanks.",
        "How do I opt out of the birthday offer emails?",
        "Please unsubscribe me from the emails about the {item}.",
        "Does the newsletter have exclusive discounts? If so, sign me up.",
    ],
}

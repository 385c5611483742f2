"""Ticket wording for the demo. Placeholders: {first} {order} {item} {new_address} {new_email}
{product} {weeks} {size}. Each tuple is a pool the generator picks from."""

from __future__ import annotations

GREETINGS = ("Hi", "Hello", "Hey there", "Hi team", "Good morning", "Hello Fernhill", "Hiya", "")
SIGNOFFS = (
    "Thanks, {first}",
    "Thank you!\n{first}",
    "Cheers, {first}",
    "Best,\n{first}",
    "Thanks in advance",
    "- {first}",
    "Regards, {first}",
    "thx",
)

SUBJECTS: dict[str, tuple[str, ...]] = {
    "wismo": (
        "Where is my order?",
        "Order {order} status?",
        "Package hasn't arrived",
        "Tracking for {order}",
        "Still waiting on my delivery",
        "When will my order arrive?",
        "has my stuff shipped",
        "Delivery update please",
        "Order not here yet",
        "",
    ),
    "order_status": (
        "Order status",
        "Question about order {order}",
        "Is my order confirmed?",
        "Did my order go through?",
        "Status of {order}",
    ),
    "address_change": (
        "Wrong shipping address",
        "Change delivery address",
        "Update address on {order}",
        "I moved - new address",
        "Address correction needed",
    ),
    "order_modification": (
        "Change my order",
        "Edit order {order}",
        "Remove an item please",
        "Can I change quantity?",
        "Modify my order",
    ),
    "cancellation": (
        "Cancel my order",
        "Please cancel {order}",
        "Cancellation request",
        "Ordered by mistake",
        "Don't want this order anymore",
    ),
    "return_request": (
        "Return request",
        "I'd like to return something",
        "How do I send this back?",
        "Return label for {order}",
        "Returning an item",
    ),
    "refund_request": (
        "Refund please",
        "Requesting a refund for {order}",
        "Money back?",
        "Refund request",
        "Can I get refunded",
    ),
    "subscription_change": (
        "My coffee subscription",
        "Subscription change",
        "Change my subscription",
        "About my subscription",
        "Subscription question",
    ),
    "account_help": (
        "Account help",
        "Account access",
        "Help with my account",
        "My account",
        "Login details",
    ),
    "billing": ("Charged twice?", "Question about a charge", "Billing issue", "Invoice needed"),
    "policy_question": ("Quick question", "Question about your policy", "Before I order", ""),
    "sales_question": ("Product question", "Restock?", "Question before buying", "Gift idea"),
    "feedback": ("Love it", "Some feedback", "Just wanted to say", "Suggestion"),
    "newsletter": ("Unsubscribe", "Too many emails", "Newsletter", "Stop emails"),
    "sizing_fit": ("Size help", "Which size should I get?", "Fit question", "Sizing"),
    "damaged_or_wrong_item": (
        "Damaged item",
        "Wrong item received",
        "Arrived broken",
        "This isn't what I ordered",
    ),
    "complaint": ("Very disappointed", "Terrible experience", "Complaint", "Not happy"),
    "human_request": ("Need a person", "Speak to someone", "Real human please", "Call me"),
    "legal": ("Chargeback", "Legal notice", "Formal complaint", "Dispute"),
    "business_inquiry": ("Wholesale inquiry", "Partnership", "Press request", "Stockist enquiry"),
    "other": ("Hello", "Question", "Random question", "Hi"),
}

BODIES: dict[str, tuple[str, ...]] = {
    "wismo": (
        "Where is my order {order}? I placed it a while ago and haven't seen anything.",
        "Can you tell me when {order} will get here? The {item} is a birthday present.",
        "I'm still waiting for my package. Could you check on order {order} for me?",
        "hi, wheres my order?? it's been ages",
        "Could you send me the tracking number for my order {order}? I can't find the email.",
        "My order hasn't shown up yet. Has it shipped? Order number {order}.",
        "Just checking in on the {item} I ordered - any idea when it will be delivered?",
        "The tracking hasn't moved in days. What's going on with {order}?",
        "When should I expect my delivery? I need it before the weekend if possible.",
        "I ordered the {item} and haven't received a shipping confirmation. Can you check?",
        "Any update on {order}? I'd like to know roughly when it will arrive.",
        "Hello, my parcel still hasn't arrived. Order {order}. Thanks for looking into it.",
        "Is there a way to track my order? I never got a link.",
        "It says my order is on the way but it's taking longer than I expected. ETA?",
    ),
    "order_status": (
        "Can you confirm my order {order} went through? I didn't get a confirmation email.",
        "What's the status of {order}? Has it been processed yet?",
        "I placed an order for the {item} - is it confirmed?",
        "Just want to double check order {order} is all good and being prepared.",
        "Did my payment go through for {order}? The page froze when I checked out.",
    ),
    "address_change": (
        "I entered the wrong address on order {order}. Please ship it to:\n"
        "New address: {new_address}",
        "I just moved! Could you send {order} to my new place instead?\nNew address: {new_address}",
        "Please update the shipping address for my order {order}.\nNew address: {new_address}",
        "Oops, old address on {order}. Correct one is below.\nNew address: {new_address}",
        "Can you change where {order} is going? I won't be home.\nNew address: {new_address}",
    ),
    "order_modification": (
        "Could you remove the {item} from my order {order}? I don't need it after all.",
        "Please take the {item} off order {order}, I ordered it twice by accident.",
        "On order {order}, can I drop the {item}? Everything else is fine.",
        "Can I change the {item} on {order} to size {size}?",
        "I'd like to switch the {item} in order {order} to a {size} please.",
    ),
    "cancellation": (
        "Please cancel my order {order}. I ordered by mistake.",
        "I need to cancel {order}, found something else. Thanks.",
        "Can you cancel order {order} before it ships?",
        "Changed my mind about the {item} - please cancel the whole order {order}.",
        "Cancel {order} please, I don't need it anymore.",
        "I'd like to cancel my recent order. The {item} won't work for me.",
    ),
    "return_request": (
        "I'd like to return the {item} from order {order}. It's not quite right for me.",
        "How do I return my {item}? Order {order}. Can you send a label?",
        "I want to send back the {item}. It didn't work out.",
        "Please start a return for {order}. The {item} isn't what I expected.",
        "Could I get a return label for the {item}? Order number {order}.",
        "Return please - the {item} from {order} doesn't suit me.",
    ),
    "refund_request": (
        "I'd like a refund for order {order}. The {item} wasn't for me.",
        "Please refund my order {order}.",
        "Can I get my money back for {order}? I'm not happy with the {item}.",
        "Requesting a full refund on {order}, thanks.",
        "I'd like to be refunded for the {item}, order {order}.",
        "I want a refund please. Order {order}.",
    ),
    "subscription_pause": (
        "Please pause my {product} subscription, I'm travelling for a month.",
        "Can you put my subscription on hold for now?",
        "I have too much coffee stocked up - could you pause my deliveries?",
    ),
    "subscription_skip": (
        "Can I skip my next {product} delivery?",
        "Please skip the next shipment of my subscription.",
        "Skip next month's box please, still have plenty.",
    ),
    "subscription_swap": (
        "Could you swap my {product} subscription to the {swap_to} instead?",
        "I'd like to switch my subscription to {swap_to} please.",
        "Can I change my coffee to {swap_to} going forward?",
    ),
    "subscription_frequency": (
        "Can you change my subscription to every {weeks} weeks?",
        "Please deliver my {product} every {weeks} weeks instead.",
        "I'd like my deliveries less often - every {weeks} weeks would be perfect.",
    ),
    "account_password": (
        "I can't log in to my account. Can you send me a password reset link?",
        "Forgot my password and the reset email never came. Help?",
        "Locked out of my account - please help me reset my password.",
        "how do I reset my password",
    ),
    "account_email": (
        "Please change the email on my account to {new_email}.",
        "I have a new email address: {new_email}. Can you update my account?",
        "Can you move my account over to {new_email}? I no longer use this one.",
    ),
    "billing": (
        "I think I was charged twice for order {order}. Can you check?",
        "There's a charge on my card I don't recognise from Fernhill. What is it?",
        "Could you send me a VAT invoice for {order}?",
        "Why was I charged a different amount than the checkout total?",
    ),
    "policy_question": (),
    "sales_question": (
        "Will the {item} be back in stock soon?",
        "Is the {item} available in other colours?",
        "Do you have any bundles or discounts on the {item}?",
        "What's the difference between the House Blend and the Espresso Roast?",
    ),
    "feedback": (
        "Just wanted to say the {item} is fantastic. Great quality!",
        "Your packaging is lovely but there's a lot of tissue paper. Maybe cut back?",
        "The new website is much easier to use. Nice work.",
        "Loved the handwritten note in my parcel. Made my day.",
    ),
    "newsletter": (
        "Please unsubscribe me from your marketing emails.",
        "I'm getting three emails a week, can you take me off the list?",
        "Stop sending me promotions please.",
        "How do I sign up for the newsletter?",
    ),
    "sizing_fit": (
        "I'm usually a medium but between sizes - which size {item} should I get?",
        "Does the {item} run small? I'm 6'1\".",
        "What are the measurements of the {item} in size {size}?",
        "The {item} I got is tight in the shoulders. Do you recommend sizing up?",
    ),
    "damaged_or_wrong_item": (
        "My {item} arrived damaged - the box was crushed. Order {order}.",
        "I received the wrong item in order {order}. I ordered the {item}.",
        "The {item} came with a tear in it. Photos attached. Order {order}.",
        "Got someone else's order instead of my {item}!",
    ),
    "complaint": (
        "Honestly this has been the worst shopping experience. Nobody answers and my order "
        "{order} is a mess.",
        "I'm really disappointed with the quality of the {item}. Not what I expect at this price.",
        "Your customer service is slow and I'm frustrated. Third time writing about {order}.",
        "Very unhappy. The {item} faded after one wash.",
    ),
    "human_request": (
        "I want to talk to a real person, not a bot.",
        "Can someone call me? I'd rather speak to a human about {order}.",
        "Please connect me with a human agent.",
        "Stop the automated replies, I need a person.",
    ),
    "legal": (
        "I have filed a chargeback with my bank for {order}.",
        "If this isn't resolved I will contact my lawyer about {order}.",
        "This is fraud. I never authorised this charge and I'm reporting it.",
        "I'm considering small claims court over order {order}.",
    ),
    "business_inquiry": (
        "We run a boutique in Denver and would love to stock Fernhill. Do you do wholesale?",
        "I'm a journalist writing about sustainable brands - could I interview your founder?",
        "Interested in a collaboration with our café chain for your coffee.",
        "Do you offer corporate gifting for 200+ employees?",
    ),
    "other": (
        "Who designs your prints? They're gorgeous.",
        "Is there a Fernhill podcast? I thought I heard one.",
        "What's the name of the song in your latest video?",
        "asdfgh sorry wrong window",
    ),
}

# (topic, question): the first group is covered by knowledge_base/, the second is not.
POLICY_QUESTIONS_ANSWERED: tuple[tuple[str, str], ...] = (
    ("returns", "What is your return policy? How many days do I have to return something?"),
    ("returns", "Can I return something if I've worn it once?"),
    ("returns", "Do I have to pay for return shipping?"),
    ("exchanges", "Can I exchange a sweater for a different size?"),
    ("shipping", "How long does standard shipping take?"),
    ("shipping", "Do you offer free shipping? What's the minimum?"),
    ("international", "Do you ship internationally, to Canada or the UK?"),
    ("international", "Will I have to pay customs duties on an international order?"),
    ("payment", "Which payment methods do you accept? Do you take PayPal?"),
    ("gift_cards", "Do gift cards expire?"),
    ("care", "How should I wash the merino sweater?"),
    ("warranty", "Do you repair the waxed jacket if a zip breaks? Is there a warranty?"),
    ("final_sale", "Can I return final sale items?"),
    ("price_adjustment", "If something goes on sale after I buy it, can I get the difference?"),
    ("subscriptions", "How does the coffee subscription work and can I cancel anytime?"),
)
# (category, subject, body): asked before buying; the help centre has the answer
PRESALE_QUESTIONS: tuple[tuple[str, str, str], ...] = (
    ("sales_question", "Before I order", "Can I put the merino sweater in the washing machine?"),
    ("sales_question", "Gift idea", "Do your gift cards expire? It's for my sister."),
    ("billing", "Paying", "Do you accept PayPal or Apple Pay?"),
    ("sales_question", "Jacket care", "How do I look after the waxed field jacket?"),
    ("billing", "Payment question", "Can I pay in installments with Shop Pay?"),
    ("sales_question", "Gift cards", "Can I use two gift cards on one order?"),
)
# (category, scenario, subject, body with {order}): customers who write in Spanish, French or
# German, in categories the demo runs live; they get their reply in their language (the German
# customer who "changed their mind" is a borderline refund: it abstains and is drafted).
FOREIGN_LANGUAGE_TICKETS: tuple[tuple[str, str, str, str], ...] = (
    ("wismo", "in_transit", "¿Dónde está mi pedido?",
     "Hola, hice el pedido {order} hace unos días y todavía no ha llegado. ¿Dónde está mi "
     "pedido? Gracias"),
    ("wismo", "late", "Mi pedido no llega",
     "Hola, mi pedido {order} tenía que llegar ya y no ha llegado. ¿Dónde está el paquete? "
     "Gracias"),
    ("wismo", "in_transit", "Où est ma commande ?",
     "Bonjour, ma commande {order} n'est toujours pas arrivée. Où est mon colis ? Pouvez-vous "
     "me donner le suivi ? Merci"),
    ("wismo", "in_transit", "Wo ist meine Bestellung?",
     "Hallo, meine Bestellung {order} ist noch nicht angekommen. Wo ist mein Paket? Können Sie "
     "mir die Sendungsverfolgung schicken? Danke"),
    ("refund_request", "within_cap", "Reembolso",
     "Hola, quiero un reembolso de mi pedido {order}, por favor. Gracias"),
    ("refund_request", "within_cap", "Rückerstattung",
     "Hallo, ich möchte bitte eine Rückerstattung für meine Bestellung {order}. Ich habe es mir "
     "anders überlegt. Danke"),
    ("refund_request", "within_cap", "Erstattung",
     "Hallo, ich hätte gern eine Erstattung für meine Bestellung {order}. Vielen Dank"),
    ("cancellation", "before_fulfilment", "Annuler ma commande",
     "Bonjour, je voudrais annuler ma commande {order} s'il vous plaît. Merci"),
)  # fmt: skip
POLICY_QUESTIONS_UNANSWERED: tuple[tuple[str, str], ...] = (
    ("student_discount", "Do you have a student discount?"),
    ("pickup", "Is there a shop where I can pick up my order in person?"),
    ("monogram", "Do you offer monogramming or custom embroidery on the bags?"),
    ("loyalty", "Do you have a loyalty points scheme?"),
    ("allergens", "Are your candles safe around cats and dogs?"),
)
# (category, scenario, order kind, basket [(sku, quantity, discount on the line)], subject,
# body with {order}): requests about part of an order (issue 23: do exactly what was asked).
# The whole-order ones must still automate.
ItemScopeTicket = tuple[str, str, str, tuple[tuple[str, int, float], ...], str, str]
ITEM_SCOPE_TICKETS: tuple[ItemScopeTicket, ...] = (
    ("refund_request", "one_item", "delivered_recent",
     (("FH-CNDL-CDR", 1, 0.0), ("FH-SOCK-3PK", 2, 0.0)), "Refund for the candle",
     "Hi, could I get a refund for only the candle from order {order}? I'm keeping the socks, "
     "they're great."),
    ("refund_request", "one_unit", "delivered_recent",
     (("FH-SOCK-3PK", 2, 4.0), ("FH-MUG-STN", 1, 0.0)), "Refund for one pack",
     "Hi, could I get a refund for one of the two packs of hiking socks on order {order}? I "
     "only need one pack."),
    ("refund_request", "named_within_cap", "delivered_recent",
     (("FH-SHIRT-LIN", 1, 0.0), ("FH-PANT-CHI", 1, 0.0), ("FH-TEA-EARL", 1, 0.0),
      ("FH-BEAN-RIB", 1, 0.0)), "Shirt refund",
     "The linen shirt from {order} ripped at the seam the first time I wore it. Can I get my "
     "money back for the shirt?"),
    ("refund_request", "item_above_cap", "delivered_recent",
     (("FH-JKT-WAX", 1, 0.0), ("FH-MUG-STN", 1, 0.0)), "Jacket refund",
     "I'd like a refund for the waxed jacket from order {order}, it is too heavy for me. The "
     "mug is lovely, keeping that."),
    ("refund_request", "vague_amount", "delivered_recent",
     (("FH-KNIT-MER", 1, 0.0), ("FH-CNDL-CDR", 1, 0.0)), "Partial refund?",
     "Could you refund half of order {order}? It took ages to arrive."),
    ("refund_request", "unknown_item", "delivered_recent",
     (("FH-TOWEL-SET", 1, 0.0), ("FH-MUG-STN", 1, 0.0)), "Refund the lamp",
     "Please refund the lamp from order {order}, it arrived scratched."),
    ("refund_request", "ambiguous_item", "delivered_recent",
     (("FH-TEE-ORG", 1, 0.0), ("FH-TEE-ORG", 1, 0.0), ("FH-MUG-STN", 1, 0.0)), "Tee refund",
     "I want a refund for the tee from order {order}, it shrank in the wash."),
    ("refund_request", "whole_order", "delivered_recent",
     (("FH-BEAN-RIB", 1, 0.0), ("FH-MUG-STN", 1, 0.0)), "Refund everything",
     "Please refund the whole order {order}, none of it was what I expected."),
    ("cancellation", "keep_the_rest", "unfulfilled_older",
     (("FH-BEAN-RIB", 1, 0.0), ("FH-MUG-STN", 1, 0.0)), "Cancel the beanie",
     "Please cancel the beanie on order {order}, I still want the mug."),
    ("cancellation", "just_one_ship_rest", "unfulfilled_older",
     (("FH-SOCK-3PK", 1, 0.0), ("FH-JKT-WAX", 1, 0.0), ("FH-CNDL-CDR", 1, 0.0)),
     "Cancel the socks only", "Can you cancel just the socks on {order} and ship the rest as "
     "planned?"),
    ("cancellation", "vague_amount", "unfulfilled_older",
     (("FH-THROW-WL", 1, 0.0), ("FH-TEA-EARL", 1, 0.0)), "Cancel part of my order",
     "I need to cancel part of order {order}, I ordered too much."),
    ("return_request", "one_item", "delivered_recent",
     (("FH-SHIRT-LIN", 1, 0.0), ("FH-PANT-CHI", 1, 0.0)), "Return the chinos",
     "I'd like to return just the chinos from order {order}, they're too long. Keeping the "
     "shirt."),
)  # fmt: skip
# (scenario, subject, body with {product}): subscription changes for a while, not for ever.
SUBSCRIPTION_SCOPE_TICKETS: tuple[tuple[str, str, str], ...] = (
    ("pause_until", "Pause until August",
     "Hi, please pause my {product} subscription for two months, start again in August. "
     "Thanks!"),
    ("skip_several", "Skip two deliveries",
     "Hello, could you skip the next two deliveries of my {product} subscription? I still "
     "have plenty."),
)  # fmt: skip

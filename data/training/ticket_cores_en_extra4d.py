"""A sixth set of hand-written English ticket sentences (CC0) for five order-journey
categories (wismo, address_change, order_modification, cancellation, refund_request). It adds
generic chatbot-user frames the earlier cores lack ("I need assistance with...", "I'm trying
to...", "is there a way to...", "I wanna...", "help!", "it's impossible to...", "show me..."),
contact-form and e-mail messages whose ask comes late, rude, sweary, typo-ridden, all
lower-case, non-native and very formal wordings, third-person and company senders, and fresh
synonyms (trace, gone astray, divert, re-address, direction, tack on, knock one off, upsize,
void, rescind, annul, retract, pull, pay me back, credited). Same slots as
``ticket_cores_en`` minus the second product."""

CORES: dict[str, list[str]] = {
    "wismo": [
        "I need assistance with locating a parcel that should have been here by now.",
        "can you give me information about the whereabouts of {order}?",
        "I'm trying to figure out where my delivery is, but the tracking page just spins forever.",
        "I don't know how to follow my parcel, the shipping e-mail didn't have a link in it.",
        "I can't find where to see the delivery progress of my order on your site.",
        "tell me how to find out when my package will actually show up",
        "What's the procedure to trace a parcel that seems to have vanished in transit?",
        "Is there a way to see roughly what time the driver will reach me today with my order?",
        "i wanna know where my stuff is, ordered it {when}",
        "Help! The balloons I ordered for tomorrow's party are nowhere to be seen. Where are they?",
        "Could I ask you to ring the courier and find out what has become of my parcel?",
        (
            "I'm having trouble getting a straight answer out of {carrier}, every agent tells "
            "me something different. Where is my package really?"
        ),
        "I would need to know the arrival date of my order, I'm flying out on the 14th.",
        "Where do I look to see how far along my delivery is?",
        "How do you track a parcel on your website? I want to see where mine has got to.",
        (
            "It's impossible to get an arrival date out of anyone. Which day is {order} being "
            "delivered?"
        ),
        (
            "I'm unable to see any movement on my shipment since it left your warehouse. Where "
            "has it got to?"
        ),
        "show me the tracking for my last order",
        (
            "I'd appreciate help with tracking down a package that disappeared somewhere "
            "between the depot and my flat."
        ),
        (
            "Good afternoon, I ordered a {item} as a housewarming present for my sister. She "
            "moves in on Friday and the confirmation promised delivery within five working "
            "days, which was over a week ago. Could you let me know where it currently is and "
            "when it's likely to arrive?"
        ),
        (
            "Subject: delivery query. Hello, I don't normally chase orders, but this one "
            "matters. I bought the {item} {when} and paid for tracked postage, yet the "
            "tracking reference leads nowhere. Would you be able to tell me where the parcel "
            "is?"
        ),
        "where the hell has my box got to? {wait} and still nothing at the door",
        "honestly my bloody package was meant to be here days ago, where is it??",
        "hi wher is my pakage i orderd it last moth and stil not recieved",
        "any idea when my delivery turns up been waiting all week",
        (
            "Hello, I make order two weeks before and the postman never bring it. You know "
            "where it stay now?"
        ),
        (
            "I should be grateful if you would ascertain the present location of my "
            "consignment and advise me of a revised delivery date."
        ),
        (
            "My wife ordered a {item} from you {when} and she's asking me every day when it's "
            "coming. Could you check how it's progressing?"
        ),
        (
            "My company is waiting on a delivery from you for the new office. Could you "
            "confirm the ETA for {order}?"
        ),
        "The shipment seems to have gone astray. Can you trace it for me?",
        "When can I expect the postman to bring my order?",
        "Which day is my order landing? I want to make sure the dog doesn't scare off the driver.",
        "Still haven't laid eyes on my parcel. Can someone tell me where it's hiding?",
        "Can you give me the courier's reference so I can follow the shipment myself?",
        (
            "The van icon on the delivery map hasn't moved since the weekend. Is my order "
            "actually on its way to me?"
        ),
        (
            "My order was supposed to go to a parcel locker but I never got the pickup code. "
            "Where is the package now?"
        ),
        "how many days more for my {item} to reach {country}? tracking stopped updating",
        (
            "The status says 'delivery attempted' but nobody rang the bell. When are they "
            "coming back with my parcel?"
        ),
        (
            "Is my parcel even in the country yet? It's coming from your overseas warehouse "
            "and I've heard nothing for {wait}."
        ),
        "I'd like an ETA on the tiles, it's holding up a whole kitchen renovation.",
    ],
    "address_change": [
        "I need assistance with updating the delivery address on my order.",
        "can you give me information on how to switch the shipping address on {order}?",
        (
            "I'm trying to put a new delivery address on my order but the page won't save it. "
            "Could you change it to {address} for me?"
        ),
        (
            "I don't know how to change the delivery address once an order is placed, can you "
            "do it from your end?"
        ),
        "I can't find where to edit the shipping address in my profile.",
        "tell me how to swap my saved address for the new one",
        "What's the procedure to have a parcel re-addressed before it leaves you?",
        "Is there a way to send my order to my workplace instead? Same town, different street.",
        "i wanna change the address on my order, i'm moving out on friday",
        "Help! I just noticed my order is going to my ex's place. Please change it to {address}.",
        "Could I ask you to amend the postal address for {order}? It should read {address}.",
        (
            "I'm having trouble getting the website to accept my new postcode, could you "
            "update my delivery address manually?"
        ),
        (
            "I would need the delivery address altered, as I'll be staying with friends all "
            "next week."
        ),
        "Where do I go to update my shipping details? I've moved.",
        "How do you change the destination of an order? Mine needs to go to a different town.",
        (
            "It's impossible to edit the address in the app, the field is greyed out. Please "
            "change it to {address}."
        ),
        (
            "I'm unable to delete my old address from my account and I don't want any more "
            "parcels going there. Can you replace it with {address}?"
        ),
        "show me where I can change my delivery address",
        "I'd appreciate help with correcting the address on my parcel before it goes out.",
        (
            "Hi there, quick one. My partner and I have just got the keys to a new place and I "
            "forgot I'd ordered a {item} to the old flat last night. New tenants move in on "
            "Monday, so could you point the delivery at {address} instead?"
        ),
        (
            "Re: order {order}. Dear team, after placing this order I realised the checkout "
            "had filled in my billing address, which is my parents' house in another city. I "
            "actually live at {address}. Could you please update the shipping destination "
            "before dispatch?"
        ),
        (
            "you lot still have my old address on file even though i changed it, change it to "
            "the new one for god's sake"
        ),
        (
            "damn autocorrect turned my street name into nonsense, can you fix the address on "
            "my order"
        ),
        "pls chnage the shiping adres on my ordr, wrong street nam",
        "need my parcel to go to my mums house instead can you change it",
        "Hello, I need to change the direction for the delivery, I am living now in other house.",
        (
            "Please be advised that my postal address has changed. I would be obliged if you "
            "would update the delivery address on {order} accordingly."
        ),
        (
            "My husband typed in his office address but he's working from home now. Can the "
            "delivery go to our home address instead?"
        ),
        (
            "Our company has moved to a new unit, please send our pending order to the loading "
            "bay at {address}."
        ),
        "Could the consignment be diverted to my daughter's flat? She'll be in to receive it.",
        "I want to switch my delivery location to the collection shop around the corner.",
        "The zip code on my order is wrong, the last two digits are swapped. Please fix it.",
        "Please add 'Unit 4, rear entrance' to my delivery address, it's missing from the order.",
        (
            "Whoops, I selected an old saved address at checkout. Please switch the order to "
            "the current one on my account."
        ),
        (
            "Can the shipping address be my grandmother's? The present is for her and I'd "
            "rather it went straight there."
        ),
        (
            "I mixed up the town and street lines when I typed my address. Can you tidy it up "
            "so the courier finds me?"
        ),
        "My order is set to go to a flat I no longer have keys for. Please change the address.",
        "I want to update the default delivery address stored on my profile.",
        (
            "Can I nominate a different delivery address for {order}? I'll be at my in-laws' "
            "that week."
        ),
        (
            "Please change the recipient's address on my gift order, she moved and I've only "
            "just found out."
        ),
    ],
    "order_modification": [
        "I need assistance with changing the size of something I ordered an hour ago.",
        (
            "Can you give me information on adding something to my order before it's packed? "
            "I'd like a second blender."
        ),
        (
            "I'm trying to change the colour on my order but there's no edit button. I want "
            "{colour} instead."
        ),
        (
            "I don't know how to put my discount code on an order I've already paid for. Can "
            "you apply it?"
        ),
        "I can't find where to change the quantity on an order I've already submitted.",
        "tell me how to swap the {garment} in my order for a size {size}",
        "What's the procedure to switch a product in an order that hasn't shipped yet?",
        "Is there a way to bump the quantity of the bath towels on my current order up to four?",
        "i wanna change the size on my order, it hasnt gone out yet",
        (
            "Help! I put the kids' version of the bike helmet in my order instead of the adult "
            "one. Can you switch it before it ships?"
        ),
        "Could I ask you to throw a second pillow into {order} and charge the card I used?",
        (
            "I'm having trouble using my voucher on an order I already placed. Could you add "
            "the discount for me?"
        ),
        "I would need to alter my order: one fewer lamp and one extra lampshade.",
        "Where do I go to edit the contents of my order?",
        "How do you add items to an order after you've checked out?",
        (
            "It's impossible to edit my basket after payment on your site. I need the {colour} "
            "version, not the one I chose."
        ),
        (
            "I'm unable to make changes to {order} in my account, but I need the size changed "
            "to {size}."
        ),
        "show me how to change what's in my order",
        "I'd appreciate help with modifying my order, I picked the wrong pack size.",
        (
            "Hello, this morning I ordered a set of dining chairs. After measuring the table "
            "again tonight I realised we need six, not four. My account says nothing has "
            "shipped, so could you add two more chairs to the same order?"
        ),
        (
            "Order {order}. Hi, I bought the {garment} in {size} along with a few other bits. "
            "A friend let me try hers on and I need one size up. Could you change just that "
            "item before the parcel is packed? Everything else stays as it is."
        ),
        (
            "your stupid site put a second {item} in my basket on its own, take it off my "
            "order before you post it"
        ),
        "ugh clicked the wrong damn shade, make it {colour} pls before you ship it",
        "can u chnage my oder i want the biger sise not the smal one",
        "add a phone case to my order too if its not shipped yet",
        "I want to put one more piece in my order, it is possible before you send?",
        (
            "I would be grateful if you could amend my order to substitute the standard "
            "edition with the collector's edition, and charge me any difference."
        ),
        (
            "My wife asked me to order the kettle in cream and I got the wrong one. Can you "
            "change the order before it goes?"
        ),
        (
            "Our company order needs revising before dispatch: reduce the monitors from twelve "
            "to ten and add two docking stations."
        ),
        "Please substitute the vacuum cleaner in my order with the next model up.",
        "Can you knock one off the quantity on my order? I only need a single {item}.",
        "I'd like to upsize the {garment} on my order from {size} to the next size up.",
        "Can my birthday discount still go on the order I made yesterday? I forgot to enter it.",
        (
            "Please tweak my order: the left-handed version of the scissors, not the "
            "right-handed one."
        ),
        "I need to revise my order before it's dispatched, the refill should be the 500 ml one.",
        "I'd like to tack a matching pillowcase onto the order I just placed.",
        "Can the socks be taken off my order? Keep everything else as it is.",
        "Make it two of the {item} instead of one on my order please.",
        (
            "My order went through with the wrong variant, I meant 64 GB not 128 GB. Can you "
            "correct it before shipping?"
        ),
        (
            "I'd like to replace the plain mug in my order with the personalised one, can that "
            "still be done?"
        ),
    ],
    "cancellation": [
        "I need assistance with cancelling an order I made by accident.",
        "Can you give me information on how to cancel {order}? I don't want it to go ahead.",
        (
            "I'm trying to cancel my order but the button just refreshes the page. Please "
            "cancel it for me."
        ),
        "I don't know how to cancel an order in the app, can you just do it from your side?",
        "I can't find where to cancel my order, please help.",
        "tell me how to cancel the order I put in {when}",
        "What's the procedure to cancel an order I placed over the phone?",
        "Is there a way to stop my order before it ships? I've decided I don't want it.",
        "i wanna cancel my order, changed my mind",
        (
            "Help! I ordered completely the wrong thing and need the whole order cancelled "
            "before it's sent."
        ),
        "Could I ask you to void {order}? It was placed in error.",
        (
            "I'm having trouble cancelling my order online, it keeps saying 'unable to "
            "process'. Please cancel it."
        ),
        "I would need to cancel my most recent order, please confirm once it's done.",
        "Where do I cancel an order? There's nothing about it in my account.",
        "How do you cancel an order here? I want to undo the one I placed this morning.",
        "It's impossible to cancel through the website, so I'm asking you: please cancel {order}.",
        (
            "I'm unable to cancel online because the order says 'processing'. Can you cancel "
            "it manually?"
        ),
        "show me how to cancel my order",
        "I'd appreciate help with cancelling an order, I placed it on the wrong account.",
        (
            "Dear customer services, I ordered the {item} {when} expecting it before our move, "
            "but the estimated delivery is now after we leave the country. There's no point in "
            "it turning up at an empty house, so I'd like to cancel the order entirely. Please "
            "let me know once that's done."
        ),
        (
            "Hi, bit embarrassing, but my toddler got hold of my phone while your shop was "
            "open and somehow checked out. I definitely don't need forty packs of stickers. "
            "Can you cancel that order please?"
        ),
        "cancel the damn order, i'm not waiting another month for it",
        "just cancel my bloody order, i've had enough of waiting",
        "i want to cancell my ordr pleas, i dont need it anymor",
        "cancel everything i ordered today please",
        "I want to annul my order, please, I not need it more.",
        (
            "I hereby request the cancellation of order {order} in its entirety and ask that "
            "no goods be dispatched."
        ),
        (
            "My mother placed an order on my card by mistake, could you cancel it? The "
            "reference is {order}."
        ),
        (
            "Our purchasing team placed a duplicate order for the company. Please cancel the "
            "second one and keep the first."
        ),
        "Please rescind my order from {when}.",
        "I'd like to terminate the purchase I made yesterday, it hasn't left you yet.",
        "Can you pull my order before it goes out? I've decided against it.",
        "Don't bother sending {order}, I want out of it.",
        "Please drop my entire order, I'm not going ahead with it.",
        "Can I undo an order I placed five minutes ago?",
        "I need to retract my order, I placed it before checking my budget.",
        "I paid with {pay}, can you still cancel the order and stop it being shipped?",
        "Cancel just the {item} from my order, the rest can still come.",
        (
            "The {item} won't fit through our front door, I've just measured. Please cancel "
            "the order."
        ),
        "My boss says the budget's gone, so I need to cancel the order I placed for the team.",
    ],
    "refund_request": [
        "I need assistance with getting my money back for an order.",
        "can you give me information about my refund? I returned the speaker last week.",
        (
            "I'm trying to find out whether my refund has been paid, my account page just says "
            "'in progress'."
        ),
        "I don't know how to ask for a refund on an order that never showed up.",
        "I can't find where to claim my money back on the website.",
        "tell me how to get reimbursed for the order you cancelled",
        "What's the procedure to get refunded once you've received my return?",
        "Is there a way to speed up my refund? I really need the money.",
        "i wanna get refunded for {order}, sent the stuff back already",
        "Help! My refund still hasn't landed and my rent is due.",
        "Could I ask you to send my refund to {pay} instead of the card I no longer have?",
        "I'm having trouble getting my refund, nobody replies to my e-mails about it.",
        (
            "I would need a refund of the delivery fee, I paid for express and the parcel came "
            "three days late."
        ),
        "Where do I go to request my money back?",
        "How do you get a refund out of you people? I sent it back weeks ago.",
        "It's impossible to get a straight answer about my refund. When is it being paid?",
        "I'm unable to see the refund on {pay} even though you say it was sent.",
        "show me where my refund is at",
        "I'd appreciate help with recovering the {amount} I'm owed from a return.",
        (
            "Hello, a while ago I ordered a {item} as a gift. The recipient already had one, "
            "so I sent it back unopened through your returns portal and it shows as received "
            "{when}. I expected the refund within a few days, but nothing has appeared on "
            "{pay}. Could you confirm whether it has actually been issued?"
        ),
        (
            "Order {order}. Your team e-mailed to say one product was out of stock and "
            "wouldn't be sent, but I was still charged for it. Please refund the {amount} for "
            "that item."
        ),
        "{wait} and no damn refund yet, sort it out",
        "give me my money back, i'm sick of waiting for this refund",
        "i still did'nt get my refnd for the retrun, wen will it com",
        "has the refund gone back to my card yet sent the parcel back last week",
        "I send back the product and until now you not give me the money back, please do it.",
        (
            "I write to request reimbursement of the sum of {amount} in respect of goods "
            "returned to you {when}."
        ),
        (
            "My husband returned a dress for me on Saturday and the refund still hasn't "
            "reached my account."
        ),
        (
            "Our company returned a batch of office chairs a month ago and we haven't been "
            "credited yet. Please process the refund to our business account."
        ),
        "When will the credit for my returned goods be posted to my account?",
        (
            "The courier sent my parcel back to you as undeliverable. I don't want it resent, "
            "just refund me please."
        ),
        (
            "You charged me international postage on a domestic order. Please refund the extra "
            "shipping."
        ),
        "I'd rather have cash back than another voucher, please process a refund for the coat.",
        "How many working days until my refund shows? It was approved yesterday.",
        "My return is marked 'refund issued' but the amount on my statement is {amount} short.",
        "Please pay me back for the rug, I returned it within thirty days.",
        "Can the refund go to a different bank account? The original card has expired.",
        "I'm chasing a refund I was promised last month for {order}.",
        "refund still pending?? what's taking so long",
        "Your returns centre signed for my package {when}. Where's the money?",
    ],
}

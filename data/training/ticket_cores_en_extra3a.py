"""A fifth set of hand-written English ticket sentences (CC0) for the order-journey categories
(wismo, order_status, address_change, order_modification, cancellation, return_request,
refund_request): plain chat-widget requests ("I need help with...", "how can I...", "where can
I..."), e-mails with a back-story before the ask, and terse, typo-ridden, angry, formal and
non-native phrasings with synonyms (shipment, call off, ship back, reimburse). They stress the
boundaries between shipped-and-where (wismo) and not-yet-dispatched (order_status), changes
before delivery (order_modification) and returns after it (return_request), and undamaged
unwanted items against refunds. Same slots as ``ticket_cores_en``."""

CORES: dict[str, list[str]] = {
    "wismo": [
        "can you tell me where my parcel is right now?",
        "I need help tracking my order.",
        "could you help me to find out where my delivery is?",
        "I'd like to know when my package will arrive.",
        "what do I have to do to track {order}?",
        "how can I see where my shipment is?",
        "I have a problem with my delivery, it still hasn't come.",
        "where can I find the tracking link for my order?",
        "track my order please",
        "when is my parcel getting here?",
        "I'd like an update on my shipment, it went out days ago.",
        "help me find my package please",
        "how many more days until my order arrives?",
        "can I get the tracking number for my parcel",
        "My order was shipped but it hasn't reached me, can you check where it is?",
        "I ordered a {item} as a leaving present for a colleague and the tracking said it would "
        "be here {when}. Her last day is Friday. Can you tell me where the parcel is?",
        "The dispatch e-mail came {when}, so I assumed the {item} would be here by now. It isn't."
        " Could you look up where it is?",
        "I work nights and sleep during the day, so I need to know roughly when the driver will "
        "come. Which day will {order} be delivered?",
        "Last time I ordered from you it came in three days, which is why I'm puzzled. This "
        "order was shipped {wait} ago and still hasn't reached me. Can you check?",
        "I'm going on holiday on Sunday and won't be back for a fortnight. Will my package get "
        "here before then?",
        "According to the tracking my parcel cleared customs, but that was {when} and there has "
        "been no movement since. Who has it now?",
        "Our building has a parcel room and the concierge says nothing has come in for me. "
        "Tracking says delivered {when}. Where did the driver leave it?",
        "I ordered the {item} for my mum, who lives alone, and she says nothing has turned up. "
        "Could you tell me where the parcel is so I can let her know?",
        "Sorry to bother you again. I rang {when} and was told my order would be delivered "
        "within two days, but it still hasn't appeared. Any news on where it is?",
        "The courier left a note saying they'd try again the next day, but nobody came back. "
        "Where is my parcel now?",
        "I paid for next-day delivery {when}. It has now been {wait}. Can you at least tell me "
        "where the package is?",
        "Half my order came {when} and the e-mail said the rest was shipped separately. That "
        "second parcel still hasn't arrived. Where is it?",
        "My tracking says the parcel is being returned to sender. I never refused it and I was "
        "home all day. What is happening with my delivery?",
        "The parcel is addressed to my office and we close for the holidays on Friday. Will it "
        "definitely be delivered before then?",
        "I've been tracking the shipment with {carrier} and it seems to have been sent to "
        "the wrong country. When will it actually get to me?",
        "wheres my parcel its been {wait}",
        "ordr never came, tracking stuck",
        "WHERE IS MY PACKAGE. Third time asking.",
        "Please advise the current whereabouts of my consignment, reference {order}.",
        "my packet not arrive still, you can check please where it is?",
        "Kindly provide an estimated delivery date for the shipment dispatched {when}.",
        "When exactly is my parcel going to show up at my door?",
        "Parcel still hasn't come.",
        "The shipment is late and the courier isn't answering.",
        "i keep refreshing the tracking page and nothing changes",
        "Is the delivery still coming today or not? The driver's map just vanished.",
        "seriously how long does it take to deliver one small box, it shipped ages ago",
        "Hello, I am writing for know where is my shipment. It was sent but I not have it still.",
        "Been waiting forever for my delivery, what's the hold-up with the courier?",
        "Could you please confirm the expected arrival date of my parcel?",
    ],
    "order_status": [
        "I want to know if my order went through.",
        "can you check if my order is confirmed",
        "I need help checking whether my order has been processed.",
        "could you help me to find out if {order} has been sent out yet?",
        "I'd like to know if my order has been dispatched or is still with you.",
        "what do I have to do to see if my order was accepted?",
        "how can I check whether my order is still processing?",
        "I have a problem with my order, it's been stuck on pending since {when}.",
        "where can I see if my order was confirmed?",
        "is my order being packed yet?",
        "have you sent my order off yet?",
        "my order says processing, what does that mean?",
        "just placed an order, did you get it?",
        "is my pre-order still going ahead?",
        "when will my backordered item be sent out?",
        "I placed an order {when} and the confirmation page never loaded, just a spinning wheel. "
        "I don't want to order twice by accident. Could you check if it went through?",
        "I pre-ordered the {item} months ago and the release date has come and gone. Is my "
        "pre-order still active, and when will it be dispatched?",
        "My order has been sitting on 'payment authorised' since {when}. Normally you ship the "
        "same day. Is something holding it up before dispatch?",
        "It's a present for my nephew and if it hasn't left your warehouse yet I'll buy "
        "something locally instead. Has {order} been sent?",
        "Your e-mail said one item in my order is on backorder. Is there a date for when the "
        "order will be released for dispatch?",
        "I paid partly with a gift card and partly with {pay}, and I'm not sure both went "
        "through. My account shows the order but with no status at all. Is it confirmed?",
        "I got an e-mail saying my order is 'under manual review'. I've ordered from you many "
        "times before. Do you need anything from me to get it processed?",
        "I checked out as a guest {when} and didn't save the order number. Could you confirm "
        "whether you have an order under my e-mail address?",
        "Usually I get a dispatch e-mail within a day, but it's been {wait} and there is nothing."
        " Has {order} been processed at all?",
        "My order status changed from 'processing' back to 'pending' this morning. I'm "
        "confused, is it still going ahead?",
        "A friend ordered the same {item} on the same day and hers has already been dispatched. "
        "Mine still shows as 'received'. Why hasn't it been processed?",
        "The order page has shown 'awaiting stock' for {wait}. Is my order going to be "
        "processed, or should I look elsewhere?",
        "I had an order confirmation but never a shipping confirmation, and it's been {wait}. "
        "Has it been handed over to the courier yet?",
        "I need the {item} for an event next week, so I'd like to know whether my order is "
        "still waiting to be picked or already packed.",
        "The confirmation e-mail had a different total from the basket, so I'm not sure the "
        "order was placed correctly. Can you confirm it's on your system?",
        "order confirmed or not??",
        "pending since {when}. why",
        "has {order} gone out yet or is it still sitting with u",
        "Kindly confirm receipt and acceptance of my order placed {when}.",
        "I would like to know please the state of my order, it is not yet sent.",
        "Still says processing. Four days now.",
        "is my order even real lol, no email no nothing",
        "Please confirm that my order is being prepared for shipment.",
        "Stuck on 'ready for dispatch' forever, does anyone actually pack orders there?",
        "Has my order been approved yet",
        "Why hasn't my order been processed? I paid straight away.",
        "no dispatch email, order placed {wait} ago",
        "Is the backorder on my order sorted yet, or is it still waiting?",
        "The status hasn't moved from 'order received'.",
        "Is my order actually in the system? I never got an order number.",
    ],
    "address_change": [
        "help me change my shipping address",
        "I need help updating my delivery address.",
        "could you help me to change the address on my order?",
        "I'd like to change the address my parcel is going to.",
        "what do I have to do to change my delivery address?",
        "how can I edit the shipping address on an order?",
        "I have a problem with my address, it's wrong on the order.",
        "where can I change my address in my account?",
        "change address pls",
        "can I send my order to another address?",
        "update my delivery address to {address}",
        "i moved, how do i change my address for orders",
        "can you fix the house number on my order?",
        "I want to use a different delivery address for {order}.",
        "I'd like my order shipped to my office, not my home.",
        "I'm staying at my boyfriend's place for two weeks while my flat is being painted. "
        "Could the parcel go to {address} instead of my home address?",
        "Our house has a name but no number, and the checkout wouldn't accept it. Please add "
        "'Rose Cottage' to the first line of the delivery address on {order}.",
        "I'm a nurse on long shifts and never home in the daytime. Could you change the delivery "
        "address for my order to the hospital reception at {address}?",
        "The buyers have moved our completion date forward, so we'll be out of the house before "
        "the parcel arrives. Please change the shipping address to {address}.",
        "My building has two entrances on different streets and couriers always go to the wrong "
        "one. Could you change the address on my order to the main entrance on the other street?",
        "I'll be at our holiday cottage for the summer. Can the order be delivered there "
        "instead? The address is {address}.",
        "I typed 41 instead of 14 for my house number. The order hasn't shipped yet, so could "
        "you correct it to {address}?",
        "When I signed up I gave my university address and I've now graduated. Could you update "
        "the address on my account and on my open order to {address}?",
        "Our company moved offices last month. Please update the delivery address on our "
        "account to {address} for all future orders.",
        "Parcels left on doorsteps get stolen round here, so I'd rather use a parcel locker. "
        "Can you change the delivery address on my order to the locker near me?",
        "The apartment number got cut off because the address field was too short. It should "
        "read 'Apartment 12B'. Please update the address for my order.",
        "I'm moving across town this weekend and won't have access to the old flat afterwards. "
        "Please send my order to {address} instead.",
        "I'm on a work trip for the next fortnight and staying in a hotel. Could you have the "
        "order delivered to the hotel instead of my flat?",
        "My street was spelled with one L instead of two when I checked out. I'm worried the "
        "courier won't find me, so could you correct the delivery address?",
        "adress wrong!! its {address} not what i put",
        "Kindly amend the consignee address for {order} to {address}.",
        "I want change the address for delivery, please, I make a mistake with the street.",
        "new address: {address}. please use it for my order",
        "Please redirect the shipment to my new address.",
        "Why can't I edit my shipping address on the website? The one on file is wrong.",
        "The delivery address needs updating before you send anything.",
        "Address on my order is outdated.",
        "Could the recipient name and address on my order be changed to my mother's?",
        "deliver to my neighbour at number 9 instead please, it's the same street",
        "I've relocated to {country}, so the order needs to go to my new address there.",
        "Is it possible to change the postcode on my delivery after ordering?",
        "My account still has my old address on it and I can't see how to replace it.",
        "Ship it to my billing address instead of the one I entered please.",
        "The address on my order confirmation is not where I live any more, please change it.",
        "set my default shipping address to {address} pls",
    ],
    "order_modification": [
        "I want to change something in my order.",
        "I need help changing the size on my order before it ships.",
        "could you help me to add an item to my order?",
        "I'd like to change the colour of something I just ordered.",
        "what do I have to do to change the quantity in my order?",
        "how can I swap a product in my order for another one?",
        "I have a problem with my order, I picked the wrong version of the product.",
        "where can I edit an order I already placed?",
        "add one more to my order please",
        "can I change my {garment} to size {size}? the order hasn't been sent",
        "I'd like to take something out of my order.",
        "need to add a {item} to {order}",
        "clicked the wrong colour when ordering, can u swap it before u post it",
        "can I still add things to my order",
        "is it possible to apply a discount code to my order after checkout?",
        "I placed an order {when} and completely forgot to use my welcome discount code. It "
        "hasn't been sent yet, so could you apply the code to it?",
        "I ordered the {garment} in {size} for my daughter, but she asked for a different one. "
        "Since it hasn't shipped, could you change it to the {colour} version?",
        "When I read my confirmation I saw I'd ordered the {colour} {item}, but I meant black. "
        "It's still showing as processing, so could you switch it?",
        "I was about to place a second order for a {item}, but it makes more sense to add it "
        "to {order} so everything comes together. Is that possible?",
        "My partner put a second one of the same thing in our basket without me noticing. "
        "Could you drop the quantity to one before the order is packed?",
        "I bought the {item} for the office but the team now wants the bigger version. Could "
        "you upgrade it on {order} and charge me the difference?",
        "I've noticed the product I added is last year's model. My order hasn't been dispatched, "
        "so please replace it with the current model.",
        "There was a buy-two-get-one-free offer when I ordered, but I only put two in my basket."
        " Could you add the free third one to my order?",
        "Some of the things I ordered were for a work project that's no longer happening. I'd "
        "still like the rest, so please take the {item} off before you send it.",
        "My gift message has a typo in the name. The order hasn't shipped, so could you update "
        "the message to say 'Happy birthday Jo'?",
        "I've just seen the {item} comes in a set of four for nearly the same price. Could you "
        "change the single one in my order to the set?",
        "I ordered the plain version but I'd really like the engraving option added. Is it too "
        "late to add it to {order}?",
        "I'm putting together a hamper and need two more of the {item}. Could you add them to "
        "the order I placed this morning rather than me placing a new one?",
        "Our office ordered ten of the {item} but now we only need six. Please reduce the "
        "quantity before the order is dispatched.",
        "I chose the matte finish by mistake when I wanted gloss. The order is still pending, "
        "so could you change it for me?",
        "change qty to 2 on {order}",
        "pls take the {item} off my order, it hasnt shipped",
        "I want to change the model in my order, I choose wrong one.",
        "Kindly amend my order to include one additional unit.",
        "wrong size in my order, i need {size}, it hasn't gone out yet",
        "forgot my promo code, can you still add it to the order",
        "Could I switch the {item} in my order to {colour}?",
        "Do NOT pack the colour I picked, I want {colour}. Change my order please.",
        "Modify order: take off the {item}, double the other item.",
        "Is my order still editable? Need to add something.",
        "I'd like my order in {colour} rather than the colour I picked.",
        "Change my order from the single {item} to the pack of two please.",
        "one too many of the same thing in my order, take it out before sending",
        "Could you substitute one product in my order with the matching set?",
        "Please upgrade my order to the premium version before it ships.",
    ],
    "cancellation": [
        "i want to cancel my order",
        "I need help cancelling my order.",
        "could you help me to cancel {order}?",
        "I'd like to cancel what I ordered this morning.",
        "what do I have to do to cancel an order?",
        "how can I cancel my purchase?",
        "I have a problem, I need to cancel an order I just made.",
        "where can I cancel my order on the website?",
        "cancel {order} thx",
        "can I cancel the order before it ships?",
        "stop my order please",
        "I want to call off my order.",
        "please withdraw my order, i dont want it",
        "is there a cancel button for orders?",
        "I'd like to cancel my order please.",
        "I ordered the {item} {when} as a surprise, but it turns out my husband already bought "
        "one for himself. Please cancel my order before it's sent.",
        "I ordered this for a trip that has now been postponed indefinitely, so I won't need it."
        " Could you cancel {order}?",
        "I placed an order last night after a glass of wine and, in the cold light of day, I "
        "really don't need a {item}. Could you cancel it before it goes out?",
        "My company has just announced a spending freeze, so I have to cancel the order we "
        "placed {when}. Sorry for the trouble.",
        "Your site said the {item} would ship in two days, but now the order page says four "
        "weeks. That's too long for me, so please cancel the order.",
        "I've found out the {item} won't work with the plugs in {country}, where I'm moving. "
        "Please cancel the whole order.",
        "My elderly father placed an order by accident while browsing the catalogue. Could you "
        "cancel it? It's {order}.",
        "I read a review this morning that put me off the product. Please cancel my order, it "
        "hasn't been dispatched yet.",
        "I ordered the {item} on its own and then a bundle that already includes it. I'd like "
        "to cancel the separate order so I don't end up with two.",
        "The person I bought this for has just told me they're moving abroad next month, so "
        "there's no point sending it. Please cancel the order.",
        "Our wedding has been called off and we won't need the decorations I ordered. Please "
        "cancel the order before it ships.",
        "The confirmation shows a delivery charge I didn't expect, so I'd rather not go ahead. "
        "Please cancel the order.",
        "I placed the order {when} but I've realised there's no room for a {item} in the new "
        "flat. Is it still possible to cancel it?",
        "A friend has offered me the same thing for free, so I'd like to cancel my order if it "
        "hasn't left yet.",
        "I ordered on my phone while half asleep and ended up buying the wrong thing entirely. "
        "Cancel the lot please, I'll start again another day.",
        "CANCEL MY ORDER NOW. I've asked twice.",
        "I wish to cancel my order, please confirm the cancellation by e-mail.",
        "cancle order {order}",
        "Please do the cancel of my order, I am not needing it now.",
        "Stop the shipment of {order}, I no longer want it.",
        "No longer want it. Cancel.",
        "I regret to inform you that I must cancel my recent purchase.",
        "Kindly cancel order {order} and confirm that it will not be dispatched.",
        "ordered wrong thing, cancel it all",
        "Hold off on my order, actually no, just cancel it.",
        "Can I cancel only the {item} and keep the rest of the order coming?",
        "Don't process my order, I've changed my mind.",
        "Is my order already too far along to cancel?",
        "Call off {order} please.",
        "abort order pls",
    ],
    "return_request": [
        "I want to return my order.",
        "I need help returning an item.",
        "could you help me to send back my purchase?",
        "I'd like to return something I bought.",
        "what do I have to do to return {order}?",
        "how can I ship back a product I'm not keeping?",
        "I have a problem with my return, I can't print the label.",
        "where can I get a return label?",
        "return label for {order} please",
        "i want to send back the stuff i got",
        "how do I start a return on the app?",
        "can i return this, i dont want it anymore",
        "please help me return something I got last week",
        "I'd like to send my delivery back, I don't need it now.",
        "how can I swap the {item} I received for a different style?",
        "The {item} arrived {when} and it's lovely, but we've decided to redecorate and it won't "
        "suit the new colours. It's still wrapped. How do I send it back?",
        "I was given a {item} from your shop as a wedding present and we already have one. The "
        "gift receipt is in the box. How do I return it?",
        "I ordered the {item} in two finishes to compare them at home. I've picked one and "
        "would like to return the other. Could you send me a label?",
        "My order arrived yesterday and everything is fine, but I bought far more than I need "
        "for the party. Can I send the unopened ones back?",
        "I bought a rug on impulse in the sale and, honestly, I don't need it. It hasn't "
        "been used. What's the quickest way to return it?",
        "I live in {country} and the {item} arrived {when}. How do I ship it back from here? "
        "I can't find an international return form on my order page.",
        "We bought the {item} for our son, who has since decided he doesn't want it. The tags "
        "are still on. Please send us a returns label.",
        "I'd like to exchange the {item} I received for the other model. It's"
        " unused and I still have all the packaging.",
        "My parcel came {when} and everything is as described, but I've found something that "
        "suits me better elsewhere. I'd like to return {order}.",
        "The courier came to collect my return {when} but left without it because the label "
        "wasn't on the box. Could you book the collection again?",
        "I have three things from {order} to send back. Do I need a separate label for each, "
        "or can they all go in one box?",
        "I'm moving house next week and would rather not take the new lamp with me. It's brand "
        "new; can I return it before then?",
        "I bought a {garment} for an interview that has now been moved online, so I won't be "
        "wearing it. The tags are still attached. How do I return it?",
        "My sister gave me the {item} for my birthday and I already own one just like it. She "
        "says I can return it to you for something else. How do I do that?",
        "I received my order {when}. Nothing wrong with it, I've just had second thoughts about "
        "the {item} and want to send it back.",
        "want 2 return {order}",
        "Kindly issue a return authorisation for the {item} delivered {when}.",
        "I wish to give back the {item}, it is not for me. How I can do this?",
        "ship back instructions pls",
        "Returning the item. Unused.",
        "how do i send a parcel back to you",
        "No use for it now. Can it go back?",
        "Can I drop my return off at a parcel shop instead of the post office?",
        "I'm sending the {item} back but threw the box away, can I use different packaging?",
        "RETURN REQUEST: {order}, two items, no longer wanted.",
        "changed my mind on my order, can i ship it back",
        "I want to return an item from my delivery, it's still sealed.",
        "Unwanted gift, would like to exchange it for something else.",
        "Why is there no return button next to my delivered order? I want to send it back.",
        "I like to make return of the {item}, it come fine but I not want it.",
    ],
    "refund_request": [
        "how do i get a refund for {order}",
        "I just want my money back.",
        "I need help getting a refund.",
        "could you help me to get refunded for my order?",
        "I'd like a refund please.",
        "what do I have to do to get my money back?",
        "how can I check the status of my refund?",
        "I have a problem with my refund, it hasn't arrived.",
        "where can I see if my refund was sent?",
        "refund for {order} pls",
        "when do I get my refund?",
        "can I get reimbursed for my order?",
        "has my refund gone through yet?",
        "I'd like my money back for the things I posted back to you.",
        "can u refund me",
        "You cancelled {order} on your side {when} because you couldn't get the {item}. The "
        "e-mail said I'd be refunded automatically, but nothing has come back to {pay} yet.",
        "I returned two items from my last order. One refund has come through but the other, "
        "for the {item}, hasn't. Could you check on it?",
        "I sent back the {item} with tracking and it was delivered to your warehouse {when}. "
        "Since then, silence. When will the {amount} be credited back to me?",
        "I paid for express delivery but the order went standard and arrived days later. I'd "
        "like the express charge refunded, please.",
        "I cancelled my order within an hour of placing it and you confirmed the cancellation. "
        "It's been {wait} and the money still hasn't been returned. Where is it?",
        "I was told on the phone that a goodwill credit of {amount} would go back on my card. "
        "I've checked my statement every day and it isn't there.",
        "My return was accepted and I got an e-mail saying a voucher had been issued. I never "
        "asked for a voucher; please put the money back on {pay} instead.",
        "I paid for gift wrapping that wasn't done. The item itself is fine, I'd just like the "
        "gift wrap charge refunded.",
        "My parcel went back to you because I was on holiday and missed the courier. Rather "
        "than have it sent again, I'd just like my money back.",
        "We sent the {item} back for an exchange, but the replacement is out of stock. Instead "
        "of waiting, I'd like a refund for it please.",
        "I used your free returns service and my account says 'refund pending'. It has said "
        "that for {wait}. When will the money actually be paid?",
        "I paid a deposit of {amount} for a pre-order of a product you've now discontinued. "
        "Please return my deposit.",
        "I bought a bundle and returned only one piece of it. Could you tell "
        "me how much I'll get back and when?",
        "I returned my online order at one of your shops and was told the refund would go to "
        "{pay}. That was {when} and nothing has arrived. Could you look into it?",
        "Your team agreed to refund the return postage I paid. It's been two weeks "
        "and I still haven't seen the money.",
        "money back please",
        "REFUND. NOW. Item returned {wait} ago.",
        "I kindly request a reimbursement of {amount} for the returned goods.",
        "Where is my reimbursement? I returned everything on time.",
        "pls send back my money for the order, I send the product already to you",
        "still no refund",
        "I am due a credit back to {pay} for {order}.",
        "refund status {order}?",
        "I would appreciate it if you could process my refund without further delay.",
        "Credit the {amount} back to my card please.",
        "The money for my returned parcel hasn't come back yet.",
        "How long until the refund for the {item} I sent back shows up?",
        "refund not received, ur site says completed",
        "You took my money for an order you then cancelled. Give it back.",
        "i sent it back {when}, when do i see the money",
    ],
}

"""More hand-written Spanish ticket sentences per category (CC0), nine per category, written
to complement the "es" part of ``ticket_cores_intl``; same slots as ``ticket_cores_en``
({order}, {item}, {when}, {wait}, {address}).
"""

CORES: dict[str, list[str]] = {
    "wismo": [
        "hola, mi paquete donde anda? hace una semana que pague",
        (
            "Buenas tardes. Hice {order} hace {wait} y el seguimiento sigue diciendo "
            "'en tránsito'. ¿Me pueden decir cuándo me lo van a entregar?"
        ),
        "El repartidor dice que vino pero yo estuve en casa todo el día y no llamó nadie.",
        "¿Para qué día está prevista la entrega de mi compra?",
        (
            "Llevo esperando el {item} desde {when} y nadie me dice nada. "
            "El número de seguimiento no funciona en la web de la mensajería."
        ),
        "mi pedido lleva 5 dias parado en el centro de distribucion, q pasa??",
        (
            "Estimados señores: ¿podrían indicarme en qué punto se encuentra "
            "{order}? El seguimiento no muestra cambios."
        ),
        "Ya pasó la fecha estimada para {order} y el paquete no aparece. ¿Se ha perdido?",
        (
            "Me llegó un aviso de entrega fallida pero no dejaron ninguna nota. "
            "¿Cómo sé dónde está ahora mi paquete?"
        ),
    ],
    "order_status": [
        "Pagué pero no me llegó confirmación, ¿el pedido se registró bien?",
        (
            "Hola, hice {order} {when} y en mi cuenta pone 'en revisión'. "
            "¿Es normal? ¿Cuánto tarda en pasar a procesado?"
        ),
        "¿Ya han preparado mi pedido o todavía no lo han empaquetado?",
        "mi pedido sigue en pendiente desde el lunes, no lo han procesado todavia?",
        "¿Mi reserva del {item} sigue en pie? Era una preventa.",
        (
            "Buenos días. Quisiera saber si mi pedido ya ha salido del almacén, "
            "porque todavía no he recibido el correo de envío."
        ),
        "Compré un artículo que estaba agotado, ¿saben cuándo lo van a despachar?",
        "¿Me confirman que les llegó el pedido? La página se quedó colgada al pagar.",
        "¿Qué significa que mi pedido esté 'en preparación'? Lleva así tres días.",
    ],
    "address_change": [
        "Me equivoqué de número de portal al hacer el pedido, ¿lo pueden corregir?",
        "Quiero que me lo manden al trabajo en vez de a casa: {address}.",
        (
            "Hola! Acabo de hacer {order} y me doy cuenta de que sale mi dirección antigua. "
            "La buena es {address}. Gracias!"
        ),
        "¿Cómo actualizo la dirección de envío predeterminada en mi cuenta?",
        "falta el piso y la puerta en la direccion, es 3o B",
        (
            "Estimado equipo: me he trasladado recientemente y necesito que "
            "{order} se entregue en la nueva dirección. ¿Es posible?"
        ),
        "¿Se puede cambiar la dirección para {order} si aún no ha salido?",
        "Por favor, envíen mi compra a casa de mis padres, voy a estar allí de vacaciones.",
        "Me gustaría añadir una segunda dirección de entrega a mi perfil.",
    ],
    "order_modification": [
        "¿Me cambian la talla M por una L en el pedido de {when}? Aún no lo han enviado.",
        "Quiero pedir dos unidades en lugar de una, ¿se puede?",
        "Hola, en {order} se me olvidó poner el código de descuento. ¿Lo podéis aplicar?",
        "quitad el {item} del pedido porfa, lo demas dejadlo igual",
        (
            "Buenas. En mi pedido elegí el modelo negro pero quería el gris. "
            "Si todavía no ha salido, ¿me lo podrían cambiar?"
        ),
        "¿Puedo sumar un artículo más al pedido para que vaya todo en el mismo envío?",
        "Necesito reducir la cantidad en {order}: de cuatro a dos unidades.",
        "Quiero cambiar el modelo del {item} que encargué antes de que lo envíen.",
        "¿Es posible editar un pedido después de pagarlo?",
    ],
    "cancellation": [
        "cancelen todo por favor, lo encontre mas barato en otra tienda",
        (
            "Buenos días. Les escribo para que anulen {order}, "
            "realizado {when}. Les agradecería que me confirmaran la cancelación."
        ),
        "Quiero cancelar solo el {item}, el resto del pedido sí lo quiero.",
        "Si aún no lo han enviado, anulad el pedido, ya no me hace falta.",
        "He pedido lo mismo dos veces sin querer, cancelad uno de los dos.",
        (
            "Hice un pedido hace un rato y me he arrepentido. "
            "¿Cómo lo cancelo desde la app? No encuentro la opción."
        ),
        "Llevo {wait} esperando a que lo envíen, prefiero cancelar la compra.",
        "Necesito dar de baja el pedido que hice esta mañana, lo hice con la tarjeta equivocada.",
        "¿Me pueden anular {order}? Me llega tarde para el cumpleaños.",
    ],
    "return_request": [
        "El {item} no me convence, quiero devolverlo. ¿Qué tengo que hacer?",
        (
            "Hola, recibí {order} {when} pero ya no lo necesito. "
            "¿Me pueden mandar una etiqueta para enviarlo de vuelta?"
        ),
        "quiero devolver el {item}, esta sin usar y con la caja",
        "¿Puedo devolver el producto en una oficina de correos o tiene que venir un mensajero?",
        "Me regalaron esto y ya lo tengo, ¿lo puedo devolver para cambiarlo por otra cosa?",
        (
            "Estimados: deseo ejercer mi derecho de devolución sobre el {item} recibido. "
            "Les ruego me indiquen los pasos a seguir."
        ),
        (
            "Quiero cambiar el color del {item} que me llegó, "
            "el que recibí está bien pero no me gusta."
        ),
        "¿Me podéis enviar la etiqueta de devolución otra vez? No encuentro el correo.",
        "Necesito devolver dos prendas de mi último pedido.",
    ],
    "refund_request": [
        "¿Dónde está mi dinero? Devolví el paquete hace {wait}.",
        (
            "Buenas tardes. Cancelé {order} y me dijeron que me reembolsarían el importe, "
            "pero todavía no lo veo en mi cuenta bancaria."
        ),
        "quiero mi reembolso YA, llevo un mes esperando",
        "¿Me podéis devolver los gastos de envío? El paquete llegó con una semana de retraso.",
        "Les solicito el reembolso íntegro del importe abonado.",
        "Ya me aceptaron la devolución, ¿cuándo me llega el reembolso a PayPal?",
        (
            "Recibieron mi devolución {when} según el seguimiento. "
            "¿Cuándo van a procesar la devolución del dinero?"
        ),
        "Solo me han reembolsado una parte, faltan 15 euros.",
        "No quiero un vale, quiero que me devuelvan el dinero a la tarjeta.",
    ],
    "subscription_change": [
        "¿Puedo cambiar mi caja mensual a cada tres meses?",
        "Quiero darme de baja de la suscripción, ya no la uso.",
        (
            "Hola, me voy de viaje en agosto. ¿Podéis saltaros el envío de ese mes "
            "de mi suscripción y reanudarla en septiembre?"
        ),
        "quiero pasarme al plan premium de la suscripcion",
        "¿Cómo pongo en pausa mi membresía durante un tiempo?",
        (
            "Estimados señores: les ruego que cancelen la renovación automática de mi "
            "suscripción anual antes de la próxima fecha de cobro."
        ),
        "Me gustaría bajar al plan básico, el completo me sale muy caro.",
        "¿Puedo cambiar los productos que vienen en mi suscripción de este mes?",
        "Reactivad mi suscripción, la pausé hace {wait} y ya quiero volver.",
    ],
    "account_help": [
        "no me llega el correo de verificacion para activar la cuenta",
        "¿Cómo cambio mi contraseña?",
        (
            "Hola. Intento entrar en mi cuenta y me dice que el usuario no existe, "
            "pero he comprado con este correo varias veces. ¿Qué pasa?"
        ),
        "Se me ha bloqueado la cuenta después de varios intentos, ¿cómo la desbloqueo?",
        "Quiero cambiar el número de teléfono asociado a mi perfil.",
        (
            "Buenos días, tengo dos cuentas con correos distintos y me gustaría "
            "unificarlas en una sola. ¿Es posible?"
        ),
        "El enlace para restablecer la contraseña me dice que ha caducado.",
        "Intento registrarme pero la web dice que mi correo ya está en uso.",
        "Quiero borrar mi cuenta de la tienda, ¿cómo lo hago?",
    ],
    "billing": [
        "Necesito la factura con mi CIF para la empresa.",
        (
            "Hola, me han cobrado {order} dos veces en la tarjeta. "
            "Adjunto captura del extracto. ¿Me devuelven uno de los cargos?"
        ),
        "¿Se puede pagar con Bizum?",
        "el pago se queda en pendiente y no termina nunca",
        "Me han rechazado la tarjeta tres veces y tiene saldo, ¿qué pasa?",
        (
            "Estimados: la factura que me han enviado tiene mal el nombre fiscal. "
            "¿Podrían emitir una factura rectificativa?"
        ),
        "¿Aceptan pago a plazos o contra reembolso?",
        "No encuentro el recibo de mi compra de {when}, ¿me lo reenviáis?",
        "En {order} me cobraron un importe mayor del que ponía en el carrito.",
    ],
    "policy_question": [
        "¿La devolución es gratuita o tengo que pagar yo el envío?",
        "¿Cuánto tardan normalmente en llegar los pedidos a Canarias?",
        (
            "Buenas, antes de comprar quería saber qué garantía tienen los productos "
            "y qué cubre exactamente."
        ),
        "¿A partir de qué importe el envío es gratis?",
        "¿Se pueden cambiar los artículos rebajados o solo devolverlos?",
        "¿Tienen envío exprés? ¿Cuánto cuesta?",
        (
            "Hola, ¿cuál es el plazo para cancelar un pedido sin coste? "
            "No lo veo claro en las condiciones."
        ),
        "¿Hacen reembolsos en efectivo o solo a la tarjeta?",
        "que pasa si no estoy en casa cuando viene el repartidor? lo dejan en algun sitio?",
    ],
    "sales_question": [
        "¿El {item} es de algodón 100%?",
        "¿Cuánto mide exactamente el {item}? No veo las medidas en la ficha.",
        ("Hola, estoy pensando en comprar el {item}. ¿Es impermeable? Gracias."),
        "tienen descuento para estudiantes?",
        "¿Van a reponer la talla S? Lleva semanas agotada.",
        "¿Hay alguna promoción para el Black Friday?",
        "¿El {item} está hecho en España? ¿De qué material es el forro?",
        (
            "Buenos días. Quisiera comprar varios artículos como regalo. "
            "¿Pueden envolverlos y no incluir el precio en el paquete?"
        ),
        "¿Tenéis tienda física o solo vendéis online?",
    ],
    "feedback": [
        "Todo perfecto, el {item} es precioso y llegó antes de lo esperado. ¡Gracias!",
        (
            "Solo quería deciros que la atención de Laura por chat fue estupenda. "
            "Me resolvió todo en cinco minutos."
        ),
        "Sugerencia: estaría bien poder filtrar los productos por material en la web.",
        "me encanto el packaging, super cuidado",
        "¿Dónde dejo una reseña? Quiero recomendaros.",
        (
            "Estimados: quería trasladarles mi satisfacción con la compra. "
            "La calidad es excelente y volveré a comprar."
        ),
        "Una idea: podríais ofrecer envases reutilizables para los envíos.",
        "La app ha mejorado mucho con la última actualización, enhorabuena.",
        "Me gustaría que sacaran más colores del {item}, es mi favorito.",
    ],
    "newsletter": [
        "Me llegan tres correos de ofertas al día, quiero darme de baja ya.",
        "¿Cómo me apunto para recibir las ofertas por email?",
        "el enlace de cancelar suscripción del boletín no funciona",
        (
            "Hola, hace {wait} que me di de baja de vuestra newsletter "
            "y sigo recibiendo correos promocionales. Por favor, eliminadme de la lista."
        ),
        "Quiero suscribirme al boletín para tener el descuento de bienvenida.",
        "No quiero recibir más publicidad ni por email ni por SMS.",
        "¿Puedo recibir la newsletter en otro correo distinto?",
        "Por favor, dejen de mandarme promociones, nunca me suscribí.",
        "Apuntadme a la lista de correo, quiero enterarme de las novedades.",
    ],
    "sizing_fit": [
        "Normalmente uso una 38, ¿qué talla me pido en estas zapatillas?",
        "El {item} me queda muy justo de hombros, ¿la talla siguiente será mejor?",
        (
            "Hola, mido 1,75 y peso 70 kilos. ¿Qué talla me recomendáis para el {item}? "
            "Estoy entre la M y la L."
        ),
        "los pantalones me quedan largos, tallan grande?",
        "¿La tabla de tallas es en centímetros de prenda o de cuerpo?",
        "El vestido me queda ancho de cintura, ¿hay alguna talla más pequeña?",
        "¿Las tallas son europeas o americanas?",
        (
            "Buenas. Me compré el {item} en mi talla de siempre y me aprieta bastante. "
            "¿Es normal que este modelo talle pequeño?"
        ),
        "¿Me recomendáis pedir una talla más si tengo el pie ancho?",
    ],
    "damaged_or_wrong_item": [
        "He pedido una talla L y me ha llegado una S.",
        ("Hola, abrí el paquete con {order} y el {item} venía roto. Adjunto fotos. ¿Qué hago?"),
        "en la caja faltaba uno de los dos articulos que pedi",
        "El producto no enciende, ha venido defectuoso.",
        "Me ha llegado el color azul y yo pedí el verde.",
        (
            "Estimados: el artículo recibido {when} presenta manchas y una costura descosida. "
            "Solicito su sustitución."
        ),
        "La caja venía aplastada y el {item} de dentro estaba hecho trizas.",
        "Este no es mi pedido, me han mandado el de otra persona.",
        "Falta una parte del {item}, en la caja venía incompleto.",
    ],
    "complaint": [
        "Es la tercera vez que os escribo y nadie me contesta. Vergüenza de servicio.",
        (
            "Quiero dejar constancia de mi queja por el trato recibido por teléfono. "
            "La persona que me atendió fue maleducada y me colgó."
        ),
        "vaya desastre de tienda, nunca mas compro aqui",
        "Genial, otra semana sin respuesta. Así da gusto comprar con ustedes...",
        "Estoy harta de que me den largas cada vez que pregunto algo.",
        (
            "Buenas tardes. Presento una queja formal porque el servicio ha sido pésimo "
            "de principio a fin: retrasos, mala comunicación y ninguna solución."
        ),
        "El repartidor dejó el paquete tirado en la calle {when}. Inaceptable.",
        "Me parece una falta de respeto cómo tratan a los clientes.",
        "¿Dónde puedo poner una reclamación? Estoy muy decepcionado con ustedes.",
    ],
    "human_request": [
        "Pásame con una persona real, no con un bot.",
        "¿Me puede llamar alguien? Mi número es el de la cuenta.",
        (
            "Buenos días. Prefiero resolver esto por teléfono. "
            "¿Hay algún número en el que me puedan atender?"
        ),
        "quiero hablar con un agente humano",
        "¿Se puede hablar con un supervisor o con un responsable?",
        "¿En qué horario atiende el servicio de atención al cliente por teléfono?",
        (
            "Hola, el asistente automático no entiende lo que le pregunto. "
            "¿Me podéis pasar con alguien del equipo?"
        ),
        "Solicito que un empleado se ponga en contacto conmigo lo antes posible.",
        "¿Tenéis un WhatsApp o un chat en directo con personas?",
    ],
    "legal": [
        "Si no me devuelven el dinero en 48 horas, lo pongo en manos de mi abogado.",
        (
            "Les informo de que he presentado una reclamación ante la Oficina Municipal "
            "de Información al Consumidor (OMIC) por {order}."
        ),
        "He abierto una disputa en PayPal porque nunca recibí el producto.",
        (
            "En virtud del RGPD, solicito el acceso a todos los datos personales "
            "que tienen sobre mí y su posterior supresión."
        ),
        "voy a pedir al banco que anule el cargo, esto es una estafa",
        "Están usando fotos mías en su web sin permiso, retírenlas o tomaré acciones legales.",
        "Les voy a denunciar ante Consumo y en el juzgado si hace falta.",
        (
            "Mi abogada se pondrá en contacto con ustedes. Tengo todos los correos "
            "guardados como prueba del incumplimiento."
        ),
        "Quiero denunciar un fraude: alguien ha hecho compras con mi tarjeta en su tienda.",
    ],
    "business_inquiry": [
        "¿Venden al por mayor? Tengo una tienda y me interesa su catálogo.",
        (
            "Hola, soy creadora de contenido con 80.000 seguidores en Instagram. "
            "Me encantaría colaborar con vuestra marca."
        ),
        "Necesitamos 200 unidades del {item} para un evento de empresa, ¿hacen presupuesto?",
        "somos distribuidores en Mexico, podemos ser revendedores suyos?",
        (
            "Buenos días, les escribo desde la redacción de una revista de moda. "
            "¿Con quién puedo hablar para un reportaje sobre su marca?"
        ),
        "¿Tienen programa de afiliados?",
        (
            "Somos un fabricante de embalajes sostenibles y nos gustaría "
            "presentarles nuestros productos como proveedor."
        ),
        "Me interesa vender sus productos en mi tienda online, ¿cuáles son las condiciones?",
        "¿Hacen regalos corporativos personalizados con el logo de la empresa?",
    ],
    "other": [
        "¿Qué tiempo va a hacer mañana en Madrid?",
        "Me ayudas con los deberes de matemáticas? Es sobre fracciones.",
        "GANA DINERO DESDE CASA!!! haz clic aquí",
        "Perdón, me he equivocado de empresa, quería escribir a mi compañía de luz.",
        "¿Quién ganó el partido de ayer?",
        "jajaja",
        "¿Me recomiendas una buena serie para ver este fin de semana?",
        "Hola, ¿esto es el ayuntamiento? Quiero pedir cita para el padrón.",
        "¿Cuál es la capital de Australia?",
    ],
}
